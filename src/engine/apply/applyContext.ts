import type { LocalDate } from '../dates/localDate';
import type { GatheredState } from '../gather/gatheredState';
import { membershipsOfMembers } from '../gather/membershipsOfMembers';
import type { PostingItem } from '../model/planItem';
import type { Application, Member } from '../model/records';
import type { Settings } from '../model/settings';
import type { Plan } from '../plan/planRun';
import type { PaymentFileFormat } from '../model/run';
import { assignTraceNumbers } from '../collect/bank/traceNumbers';
import { assignInvoiceIds } from './assignInvoiceIds';

/**
 * What posting one item needs beyond the item itself: facts about the whole post, computed
 * once before any item is applied so that each action's apply function stays a function of
 * one item (and the post's cost stays linear in items and rows).
 */
export interface ApplyContext {
  /** The run's as-of date `D`: Bill Date, Last Notice Date and Termination Date. */
  asOf: LocalDate;
  runId: string;
  settings: Settings;
  state: GatheredState;
  /** The Invoice ID each posting renew item and billed activation (SPEC §11) appends, by item key. */
  newInvoiceIds: ReadonlyMap<string, string>;
  /** Keys of the renew items whose first notice (`notify:new:*`) posts with them. */
  noticedRenewals: ReadonlySet<string>;
  /** Membership IDs this post drops. */
  droppedMembershipIds: ReadonlySet<string>;
  /** Member IDs this post gives a new `Active` membership. */
  activatedMemberIds: ReadonlySet<string>;
  /** The memberships (Members rows, sheet order) of each member this post drops a membership of. */
  membershipsOfDroppedMembers: ReadonlyMap<string, readonly Member[]>;
  /** Applications by the row number Excel shows (only filled when the post activates). */
  applicationsByRow: ReadonlyMap<number, Application>;
  /** The run's Payment File (SPEC §10), `null` when its collections are not exported to a bank. */
  paymentFile: PaymentFileFormat | null;
  /** NACHA: the trace number of each posting collect item, by item key (empty otherwise). */
  traceNumbers: ReadonlyMap<string, string>;
}

export interface CreateApplyContextOptions {
  plan: Plan;
  state: GatheredState;
  /** The items that post, in plan order (see `postingItems`). */
  items: readonly PostingItem[];
  /** Invoice IDs used outside `state.records.invoices` (rows with input errors). */
  usedInvoiceIds?: readonly string[];
  /** References on the Collections ledger: a NACHA trace number counts on from these too. */
  usedBankReferences?: readonly string[];
}

/**
 * Computes the {@link ApplyContext} of a post. Reads its inputs only.
 *
 * @example
 * const ctx = createApplyContext({ plan, state, items: postingItems(plan.items) });
 * ctx.newInvoiceIds.get('renew:M-1001') // → 'INV-000042'
 */
export function createApplyContext(options: CreateApplyContextOptions): ApplyContext {
  const { plan, state, items } = options;
  const settings = state.records.settings;
  const ofAction = <A extends PostingItem['action']>(action: A) => items.filter((i): i is Extract<PostingItem, { action: A }> => i.action === action);
  const activations = ofAction('activate');
  const drops = ofAction('drop');
  const used = usedIds(state, options.usedInvoiceIds ?? []);
  return {
    asOf: plan.asOf,
    runId: plan.run.id,
    settings,
    state,
    // Billed activations first, as the plan orders them (activate is evaluated before renew).
    newInvoiceIds: assignInvoiceIds([...activations.filter((i) => i.amount !== null), ...ofAction('renew')], used, settings.invoicePrefix),
    noticedRenewals: new Set(ofAction('notify').flatMap((i) => (i.dependsOn === null ? [] : [i.dependsOn]))),
    droppedMembershipIds: new Set(drops.map((i) => i.membershipId)),
    activatedMemberIds: new Set(activations.map((i) => i.memberId)),
    membershipsOfDroppedMembers: membershipsOfMembers(state.records.members, drops),
    applicationsByRow: activations.length === 0 ? new Map() : new Map(state.records.applications.map((a) => [a.row, a])),
    paymentFile: plan.run.paymentFile,
    traceNumbers:
      plan.run.paymentFile === 'nacha' && settings.achOdfi !== null
        ? assignTraceNumbers(
            ofAction('collect').map((i) => i.key),
            [...state.records.invoices.map((i) => i.lastAttemptReference), ...(options.usedBankReferences ?? [])],
            settings.achOdfi.trim(),
          )
        : new Map(),
  };
}

/**
 * Every Invoice ID already used: the valid Invoices rows, and the IDs the caller read from rows
 * with input errors (left out of `records`), so that a number is never reused even when its
 * row is being fixed.
 */
function* usedIds(state: GatheredState, extra: readonly string[]): Generator<string> {
  for (const invoice of state.records.invoices) yield invoice.invoiceId;
  yield* extra;
}
