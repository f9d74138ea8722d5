import { actionsInOrder } from '../actions/actionRegistry';
import type { LocalDate } from '../dates/localDate';
import type { GatheredState } from '../gather/gatheredState';
import type { WorkbookRecords } from '../gather/workbookRecords';
import { posts, type PlanItem } from '../model/planItem';
import type { RunDefinition } from '../model/run';
import type { SetupWarning } from '../model/setupWarning';
import { checkRunSetup } from '../setup/checkRunSetup';
import { applyExclusions } from './applyExclusions';
import { attachCurrencies } from './attachCurrencies';
import { PlanStatistics, planStatistics } from './planStatistics';
import { createRunContext, NO_PROPOSALS, Proposals } from './runContext';

export interface PlanRunOptions {
  records: WorkbookRecords;
  run: RunDefinition;
  /** Every run of the workbook, for the checks that compare runs (duplicate IDs). */
  allRuns?: readonly RunDefinition[];
  asOf: LocalDate;
  /** Keys staff turned off (Include = No); kept across refreshes. */
  excludedKeys?: ReadonlySet<string>;
  /** Pass a state gathered earlier to plan several runs on one read. */
  gathered?: GatheredState;
}

/** What a run must do as of one date: its items, setup warnings and statistics. */
export interface Plan {
  run: RunDefinition;
  asOf: LocalDate;
  items: PlanItem[];
  warnings: SetupWarning[];
  statistics: PlanStatistics;
}

/**
 * Plans a run as of `asOf` (SPEC §3). Actions are evaluated in the registry's order
 * `activate → renew → drop → notify → collect`, each on the state the earlier ones propose:
 * a member dropped by the run gets no notice, and a renewal invoice the run proposes can get
 * its first notice in the same run. Excluded items propose nothing.
 *
 * @example
 * const plan = planRun({ records, run, asOf: isoDate('2026-11-21') });
 * plan.items.filter((i) => i.action === 'renew')
 */
export function planRun(options: PlanRunOptions): Plan {
  const { run, asOf, records } = options;
  const excluded = options.excludedKeys ?? new Set<string>();
  const ctx = createRunContext(records, run, asOf, options.gathered);
  const items: PlanItem[] = [];
  let proposals: Proposals = NO_PROPOSALS;
  for (const action of actionsInOrder()) {
    if (!run.actions.includes(action.action)) continue;
    const planned = applyExclusions(action.plan(ctx, proposals), excluded);
    for (const item of planned) items.push(item);
    if (action.propose) proposals = action.propose(planned.filter(posts), proposals);
  }

  attachCurrencies(items, ctx.state);
  const warnings = checkRunSetup(options.allRuns ?? [run], asOf, options.records.settings).filter((w) => w.runId === run.id);
  return { run, asOf, items, warnings, statistics: planStatistics(items, run.actions) };
}

/** Kept here for callers written before it moved to the item model. */
export { posts };
