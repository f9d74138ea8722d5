import type { AppliedItem } from '../actions/actionDefinition';
import { newInvoiceAppend } from '../apply/newInvoiceAppend';
import type { ApplyContext } from '../apply/applyContext';
import { batchPerson } from '../apply/batchPerson';
import type { RowAppend, RowUpdate } from '../apply/changeSet';
import type { PostingOf } from '../model/planItem';
import type { PlannedActivateItem } from './activateItem';
import type { ActivationBatchRow } from './activationBatchRow';

/**
 * Posts an activate item (SPEC §3.7 "a new Members row (Status `Active`, Start = the later of
 * Requested Start and D, End per §1); the application's Status → `Activated`").
 *
 * The new row takes the Membership ID, product and term the plan chose, and the application's
 * Member ID, Name, Email and Member Type (blank stays blank). AutoPay is `No`: an application
 * carries no payment method, so the member must opt in before anything is collected.
 *
 * A billed activation (SPEC §11 Bill Activations: the item has an amount) also appends an
 * `Open` invoice for the first term, as a renewal does: Bill Date D, Due Date the term start,
 * Balance = Amount, and the Invoice ID assigned to the item in `ctx`.
 *
 * @example
 * applyActivation(activateItem, ctx).updates // → [{ sheet: 'Applications', row: 4, values: { Status: 'Activated' } }]
 */
export function applyActivation(item: PostingOf<PlannedActivateItem>, ctx: ApplyContext): AppliedItem<ActivationBatchRow> {
  const row = item.applicationRow;
  const application = ctx.applicationsByRow.get(row);
  if (!application) throw new Error(`Cannot post ${item.key}: Applications row ${row} is not in the records.`);
  const person = batchPerson(item);
  const { membershipId, newProduct: product, termStart, termEnd } = item;
  const append: RowAppend = {
    sheet: 'Members',
    values: {
      'Member ID': person.memberId,
      'Membership ID': membershipId,
      Name: person.name,
      Email: person.email,
      'Member Type': application.memberType,
      Status: 'Active',
      Product: product,
      'Start Date': { date: termStart },
      'End Date': { date: termEnd },
      AutoPay: 'No',
    },
  };
  const update: RowUpdate = { sheet: 'Applications', row, values: { Status: 'Activated' } };
  const { amount, dueDate } = item;
  const invoiceId = amount === null ? null : ctx.newInvoiceIds.get(item.key);
  if (invoiceId === undefined) throw new Error(`Cannot post ${item.key}: no Invoice ID was assigned to it.`);
  const appends = [append];
  if (invoiceId !== null && amount !== null && dueDate !== null) {
    appends.push(
      newInvoiceAppend(
        { invoiceId, membershipId, memberId: person.memberId, dueDate, termStart, termEnd, product, amount, currency: item.currency, noticed: false },
        ctx,
      ),
    );
  }
  // Fields written out, not spread in: an object spread with more fields costs microseconds per row.
  const batchRow: ActivationBatchRow = {
    memberId: person.memberId,
    name: person.name,
    email: person.email,
    applicationId: application.applicationId,
    membershipId,
    product,
    termStart,
    termEnd,
    invoiceId,
    amount,
    currency: item.currency,
  };
  return { updates: [update], appends, batchRow };
}
