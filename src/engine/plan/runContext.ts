import type { LocalDate } from '../dates/localDate';
import { gather, GatheredState } from '../gather/gatheredState';
import type { WorkbookRecords } from '../gather/workbookRecords';
import type { RunDefinition } from '../model/run';
import type { Settings } from '../model/settings';
import { RunScope } from './runScope';

/** What every action planner reads: the run, the as-of date `D` and the gathered records. */
export interface RunContext {
  run: RunDefinition;
  asOf: LocalDate;
  state: GatheredState;
  settings: Settings;
  /** SPEC §3.3: Use Mapping is Yes, or blank and the Mapping sheet has rows. */
  usesMapping: boolean;
  /** The run's member filters (Member Types, AutoPay), prepared once for every planner. */
  scope: RunScope;
}

/**
 * A renewal invoice the run proposes (from a `ready`/`warning` renew item), visible to the
 * actions evaluated after renew (SPEC §3: "each on the state the earlier ones propose").
 */
export interface ProposedInvoice {
  /** Key of the renew item that proposes it. */
  itemKey: string;
  membershipId: string;
  product: string;
  termStart: LocalDate;
  termEnd: LocalDate;
  dueDate: LocalDate;
  amount: number;
}

/** What the actions evaluated so far propose. */
export interface Proposals {
  /** Membership IDs the run drops (from `ready`/`warning` drop items). */
  droppedMembershipIds: ReadonlySet<string>;
  newInvoices: readonly ProposedInvoice[];
}

/** What a run proposes before any action is evaluated: nothing. */
export const NO_PROPOSALS: Proposals = { droppedMembershipIds: new Set(), newInvoices: [] };

/**
 * The context every planner of one run reads. `usesMapping` follows SPEC §3.3: Use Mapping is
 * Yes, or blank and the Mapping sheet has rows. Pass `state` to reuse indexes gathered earlier.
 *
 * @example
 * planRenewals(createRunContext(records, run, isoDate('2026-11-21')))
 */
export function createRunContext(records: WorkbookRecords, run: RunDefinition, asOf: LocalDate, state: GatheredState = gather(records)): RunContext {
  return { run, asOf, state, settings: records.settings, usesMapping: run.useMapping ?? records.mapping.length > 0, scope: new RunScope(run) };
}
