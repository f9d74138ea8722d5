import type { GatheredState } from '../gather/gatheredState';
import type { PlanItem } from '../model/planItem';
import type { Plan } from '../plan/planRun';
import { applyActivation } from './applyActivation';
import { ApplyContext, createApplyContext } from './applyContext';
import { applyCollection } from './applyCollection';
import { applyDrop } from './applyDrop';
import { applyNotice } from './applyNotice';
import { applyRenewal } from './applyRenewal';
import type { Batches } from './batches';
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
  const ctx = createApplyContext({ plan, state, items, usedInvoiceIds: options.usedInvoiceIds });
  const applied: AppliedPlan = {
    changes: { updates: [], appends: [] },
    batches: { invoices: [], notices: [], drops: [], activations: [], payments: [] },
  };
  for (const item of items) applyItem(item, ctx, applied);
  applied.changes.updates.push(runDefinitionUpdate(plan.run, plan.asOf, options.executedAt));
  return applied;
}

/** Adds one posting item's changes and batch row to `applied` (a value this module owns). */
function applyItem(item: PlanItem, ctx: ApplyContext, applied: AppliedPlan): void {
  const { changes, batches } = applied;
  switch (item.action) {
    case 'activate': {
      const { append, update, batchRow } = applyActivation(item, ctx);
      changes.updates.push(update);
      changes.appends.push(append);
      batches.activations.push(batchRow);
      return;
    }
    case 'renew': {
      const { append, batchRow } = applyRenewal(item, ctx);
      changes.appends.push(append);
      batches.invoices.push(batchRow);
      return;
    }
    case 'drop': {
      const { updates, batchRow } = applyDrop(item, ctx);
      changes.updates.push(...updates);
      batches.drops.push(batchRow);
      return;
    }
    case 'notify': {
      const { update, batchRow } = applyNotice(item, ctx);
      if (update) changes.updates.push(update);
      batches.notices.push(batchRow);
      return;
    }
    case 'collect': {
      const { update, batchRow } = applyCollection(item, ctx);
      changes.updates.push(update);
      batches.payments.push(batchRow);
      return;
    }
    default: {
      const unknown: never = item.action;
      throw new Error(`Cannot post an item of unknown action ${String(unknown)}.`);
    }
  }
}
