import type { LocalDate } from '../dates/localDate';
import type { ApplyContext } from './applyContext';
import type { RowAppend } from './changeSet';

/** What a new invoice row holds besides what the post itself gives (Run ID, Bill Date). */
export interface NewInvoice {
  invoiceId: string;
  membershipId: string;
  memberId: string;
  dueDate: LocalDate;
  termStart: LocalDate;
  termEnd: LocalDate;
  product: string;
  amount: number;
  /** The product's currency (SPEC §11: "Invoices get a Currency column, written at post from the product"). */
  currency: string | null;
  /** Whether the invoice's first notice posts with it (SPEC §3.4: Notices Sent 1, Last Notice Date D). */
  noticed: boolean;
}

/**
 * The Invoices row a post appends for a new invoice — a renewal's (SPEC §3.1) or a billed
 * activation's (SPEC §11): `Open`, Balance = Amount, billed on D by the run, no attempt yet.
 *
 * @example
 * newInvoiceAppend({ invoiceId: 'INV-000042', membershipId: 'M1', memberId: 'M1', dueDate, termStart, termEnd, product: 'Annual', amount: 120, currency: 'USD', noticed: false }, ctx)
 * // → { sheet: 'Invoices', values: { 'Invoice ID': 'INV-000042', …, Status: 'Open', Attempts: 0, Currency: 'USD' } }
 */
export function newInvoiceAppend(invoice: NewInvoice, ctx: Pick<ApplyContext, 'runId' | 'asOf'>): RowAppend {
  return {
    sheet: 'Invoices',
    values: {
      'Invoice ID': invoice.invoiceId,
      'Membership ID': invoice.membershipId,
      'Member ID': invoice.memberId,
      'Run ID': ctx.runId,
      'Bill Date': { date: ctx.asOf },
      'Due Date': { date: invoice.dueDate },
      'Term Start': { date: invoice.termStart },
      'Term End': { date: invoice.termEnd },
      Product: invoice.product,
      Amount: invoice.amount,
      Balance: invoice.amount,
      Status: 'Open',
      'Notices Sent': invoice.noticed ? 1 : 0,
      'Last Notice Date': invoice.noticed ? { date: ctx.asOf } : null,
      Attempts: 0,
      Currency: invoice.currency,
    },
  };
}
