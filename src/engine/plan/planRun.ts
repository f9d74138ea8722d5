import { planActivations } from '../activate/planActivations';
import { planCollections } from '../collect/planCollections';
import type { LocalDate } from '../dates/localDate';
import { planDrops } from '../drop/planDrops';
import type { GatheredState } from '../gather/gatheredState';
import type { WorkbookRecords } from '../gather/workbookRecords';
import type { PlanItem } from '../model/planItem';
import type { Action, RunDefinition } from '../model/run';
import type { SetupWarning } from '../model/setupWarning';
import { planNotices } from '../notify/planNotices';
import { planRenewals } from '../renew/planRenewals';
import { checkRunSetup } from '../setup/checkRunSetup';
import { applyExclusions } from './applyExclusions';
import { PlanStatistics, planStatistics } from './planStatistics';
import { createRunContext, Proposals, ProposedInvoice } from './runContext';

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
 * Plans a run as of `asOf` (SPEC §3). Actions are evaluated in the order
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
  const wants = (a: Action) => run.actions.includes(a);
  const items: PlanItem[] = [];
  const take = (planned: PlanItem[]) => {
    const marked = applyExclusions(planned, excluded);
    for (const item of marked) items.push(item);
    return marked;
  };

  if (wants('activate')) take(planActivations(ctx));
  const renewals = wants('renew') ? take(planRenewals(ctx)) : [];
  const drops = wants('drop') ? take(planDrops(ctx)) : [];
  const proposals: Proposals = {
    droppedMembershipIds: new Set(drops.filter(posts).map((i) => i.membershipId as string)),
    newInvoices: renewals.filter(posts).map(toProposedInvoice),
  };
  if (wants('notify')) take(planNotices(ctx, proposals));
  if (wants('collect')) take(planCollections(ctx, proposals));

  const warnings = checkRunSetup(options.allRuns ?? [run], asOf).filter((w) => w.runId === run.id);
  return { run, asOf, items, warnings, statistics: planStatistics(items, run.actions) };
}

/** Whether an item will post: `ready` or `warning`. */
export function posts(item: PlanItem): boolean {
  return item.status === 'ready' || item.status === 'warning';
}

function toProposedInvoice(item: PlanItem): ProposedInvoice {
  return {
    itemKey: item.key,
    membershipId: item.membershipId as string,
    product: item.newProduct as string,
    termStart: item.termStart as LocalDate,
    termEnd: item.termEnd as LocalDate,
    dueDate: item.dueDate as LocalDate,
    amount: item.amount as number,
  };
}
