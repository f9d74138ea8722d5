import type { ActionDefinition } from '../actions/actionDefinition';
import { amountColumn, dateColumn, personColumns, textColumn, currencyColumn } from '../actions/batchColumn';
import { formatPostedTotal } from '../money/formatPostedTotal';
import type { ProposedInvoice } from '../plan/runContext';
import { applyRenewal } from './applyRenewal';
import type { InvoiceBatchRow } from './invoiceBatchRow';
import { planRenewals } from './planRenewals';
import { RENEW_REASON_WORDS } from './renewReasonWords';
import type { RenewItem } from './renewItem';

/**
 * The renew action (SPEC §3.1–§3.3): renewal invoices for memberships whose renewal enters the
 * run's window. Its posting items propose their invoices to notify (a first notice in the same
 * run); it posts an `Invoices` row each and forms the Invoices batch.
 */
export const renewAction = {
  action: 'renew',
  position: 2,
  inDefaultRun: true,
  label: 'Renew',
  plan: (ctx) => planRenewals(ctx),
  propose: (items, proposals) => ({
    ...proposals,
    newInvoices: [
      ...proposals.newInvoices,
      ...items.map((item): ProposedInvoice => ({
        itemKey: item.key,
        membershipId: item.membershipId,
        product: item.newProduct,
        termStart: item.termStart,
        termEnd: item.termEnd,
        dueDate: item.dueDate,
        amount: item.amount,
      })),
    ],
  }),
  apply: applyRenewal,
  batch: {
    kind: 'invoices',
    sheetLabel: 'Invoices',
    order: 1,
    columns: [
      ...personColumns<InvoiceBatchRow>(),
      textColumn('Invoice ID', (r) => r.invoiceId),
      textColumn('Membership ID', (r) => r.membershipId),
      textColumn('Product', (r) => r.product),
      dateColumn('Bill Date', (r) => r.billDate),
      dateColumn('Due Date', (r) => r.dueDate),
      dateColumn('Term Start', (r) => r.termStart),
      dateColumn('Term End', (r) => r.termEnd),
      amountColumn((r) => r.amount),
      currencyColumn(),
    ],
  },
  summary: {
    order: 1,
    ownLine: true,
    describe: (rows) => `${rows.length} renewal invoices ${rows[0]?.invoiceId} … ${rows[rows.length - 1]?.invoiceId}, total ${formatPostedTotal(rows)}`,
  },
  forecast: { order: 1, noun: 'renewals', dates: (t) => (t.billed === null ? [] : [t.billed]) },
  reasonWords: RENEW_REASON_WORDS,
} as const satisfies ActionDefinition<'renew', RenewItem, InvoiceBatchRow, 'invoices'>;
