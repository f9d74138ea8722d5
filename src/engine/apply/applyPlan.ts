import { actionDefinition } from '../actions/actionRegistry';
import type { GatheredState } from '../gather/gatheredState';
import type { PostingItem } from '../model/planItem';
import type { Plan } from '../plan/planRun';
import { ApplyContext, createApplyContext } from './applyContext';
import type { BatchPerson } from './batchPerson';
import { emptyBatches, type Batches } from './batches';
import type { ChangeSet } from './changeSet';
import { postingItems } from './postingItems';
import { runDefinitionUpdate } from './runDefinitionUpdate';

export interface ApplyPlanOptions {
  plan: Plan;
  /** The state the plan was made on. */
  state: GatheredState;
  /** When the post happens, as ISO date-time text from the host's clock (Last Executed At). */
  executedAt: string;
  /**
   * Every Invoice ID cell of the Invoices sheet, rows with input errors included (those are not
   * in `state.records.invoices`), so a new Invoice ID never reuses a number already written.
   */
  usedInvoiceIds?: readonly string[];
  /** References already sent to a bank (the Collections ledger), so a NACHA trace number is never reused. */
  usedBankReferences?: readonly string[];
}

/** What posting a plan writes (the change set) and exports (the batches). */
export interface AppliedPlan {
  changes: ChangeSet;
  batches: Batches;
}

/**
 * The apply step of gather → decide → apply (SPEC §5 Post): turns the items that post into a
 * change set and batches, as data. The host executes the change set; this function does no
 * I/O, reads no clock and never changes its inputs.
 *
 * Items that post: `ready`/`warning`, and only together with the item they depend on (see
 * `postingItems`). `changes.updates` then `changes.appends`, each in plan item order; the Runs
 * row update (Status `Executed`) comes last among the updates and is made even when no item
 * posts — the run and as-of date were executed, so they cannot be posted twice.
 *
 * @example
 * const { changes, batches } = applyPlan({ plan, state, executedAt: '2026-11-21T08:00:00Z' });
 * batches.invoices.map((r) => r.invoiceId) // → ['INV-000042', 'INV-000043']
 */
export function applyPlan(options: ApplyPlanOptions): AppliedPlan {
  const { plan, state } = options;
  const items = postingItems(plan.items);
  const ctx = createApplyContext({ plan, state, items, usedInvoiceIds: options.usedInvoiceIds, usedBankReferences: options.usedBankReferences });
  const applied: AppliedPlan = {
    changes: { updates: [], appends: [] },
    batches: emptyBatches(),
  };
  for (const item of items) applyItem(item, ctx, applied);
  applied.changes.updates.push(runDefinitionUpdate(plan.run, plan.asOf, options.executedAt));
  return applied;
}

/**
 * Adds one posting item's changes and batch row to `applied` (a value this module owns), through
 * the apply function of the item's action in the registry.
 */
function applyItem(item: PostingItem, ctx: ApplyContext, applied: AppliedPlan): void {
  const action = actionDefinition(item.action);
  const { updates, appends, batchRow } = action.apply(item, ctx);
  for (const update of updates) applied.changes.updates.push(update);
  for (const append of appends) applied.changes.appends.push(append);
  (applied.batches[action.batch.kind] as BatchPerson[]).push(batchRow);
}
