/**
 * Test-only fixtures for the apply tests (imported from *.test.ts files): a nightly run that
 * activates, renews, drops and notifies as of 2026-11-21, and `post`, which plans it on some
 * records and applies the plan the way a host does.
 */
import { gather } from '../../gather/gatheredState';
import type { WorkbookRecords } from '../../gather/workbookRecords';
import type { RunDefinition } from '../../model/run';
import { Plan, planRun } from '../../plan/planRun';
import { d, makeRun } from '../../testing/recordBuilders';
import { AppliedPlan, applyPlan } from '../applyPlan';
import type { DateValue } from '../changeSet';

export const D = d('2026-11-21');
export const EXECUTED_AT = '2026-11-21T08:30:00Z';

/** Renews 30 days ahead (End Date ≤ 2026-12-20), drops at R + 60 (End Date ≤ 2026-09-21). */
export const RUN: RunDefinition = makeRun({
  id: 'NIGHTLY',
  actions: ['activate', 'renew', 'drop', 'notify'],
  leadDays: 30,
  noticeIntervalDays: 14,
  dropAfterDays: 60,
});

export interface PostOptions {
  run?: RunDefinition;
  excludedKeys?: readonly string[];
  usedInvoiceIds?: readonly string[];
}

/** Plans `run` on `records` as of {@link D} and applies the plan. */
export function post(records: WorkbookRecords, options: PostOptions = {}): AppliedPlan & { plan: Plan } {
  const state = gather(records);
  const run = options.run ?? RUN;
  const plan = planRun({ records, run, asOf: D, gathered: state, excludedKeys: new Set(options.excludedKeys ?? []) });
  return { plan, ...applyPlan({ plan, state, executedAt: EXECUTED_AT, usedInvoiceIds: options.usedInvoiceIds }) };
}

/** A date change value from ISO text. */
export const date = (iso: string): DateValue => ({ date: d(iso) });
