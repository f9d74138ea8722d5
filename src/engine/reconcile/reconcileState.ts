import type { ChangeValue, RowUpdate } from '../apply/changeSet';
import type { LocalDate } from '../dates/localDate';
import type { Invoice, Member } from '../model/records';

/** The invoice fields reconcile changes, with their SPEC headers. */
const INVOICE_COLUMNS = {
  balance: 'Balance',
  status: 'Status',
  lastAttemptStatus: 'Last Attempt Status',
  lastAttemptReason: 'Last Attempt Reason',
} as const satisfies Partial<Record<keyof Invoice, string>>;

/** The membership fields a payment in full (SPEC §3.8) or a reinstatement (SPEC §11) changes. */
const MEMBER_COLUMNS = {
  endDate: 'End Date',
  terminationDate: 'Termination Date',
  memberType: 'Member Type',
  product: 'Product',
  status: 'Status',
  renewedThrough: 'Renewed Through',
  lastMandateCollected: 'Last Mandate Collected',
} as const satisfies Partial<Record<keyof Member, string>>;
const MEMBER_DATES = new Set<string>(['endDate', 'renewedThrough', 'terminationDate']);

/**
 * The invoices and memberships as reconcile changes them row by row: working copies beside
 * the originals, so the change set holds only the cells whose final value differs from the
 * workbook's (a re-imported file therefore changes nothing). The inputs are never mutated.
 */
export class ReconcileState {
  private readonly invoices = new Map<string, { original: Invoice; current: Invoice }>();
  private readonly members = new Map<string, { original: Member; current: Member }>();

  constructor(invoices: readonly Invoice[], members: readonly Member[]) {
    for (const invoice of invoices) this.invoices.set(invoice.invoiceId, { original: invoice, current: { ...invoice } });
    for (const member of members) this.members.set(member.membershipId, { original: member, current: { ...member } });
  }

  /** The working copy of an invoice (mutable), or `undefined` for an unknown ID. */
  invoice(invoiceId: string): Invoice | undefined {
    return this.invoices.get(invoiceId)?.current;
  }

  /** The working copy of a membership (mutable), or `undefined` when the Members sheet lacks it. */
  member(membershipId: string): Member | undefined {
    return this.members.get(membershipId)?.current;
  }

  /** Every invoice as the workbook holds it, in sheet order. */
  originalInvoices(): Invoice[] {
    return [...this.invoices.values()].map((e) => e.original);
  }

  /** Row updates for every changed cell: invoices first, then memberships, each in sheet order. */
  updates(): RowUpdate[] {
    const updates: RowUpdate[] = [];
    for (const { original, current } of this.invoices.values()) {
      const values = changed(original, current, INVOICE_COLUMNS, new Set());
      if (values) updates.push({ sheet: 'Invoices', row: original.row, values });
    }
    for (const { original, current } of this.members.values()) {
      const values = changed(original, current, MEMBER_COLUMNS, MEMBER_DATES);
      if (values) updates.push({ sheet: 'Members', row: original.row, values });
    }
    return updates;
  }
}

function changed<T extends object>(
  original: T,
  current: T,
  columns: Partial<Record<keyof T, string>>,
  dates: ReadonlySet<string>,
): Record<string, ChangeValue> | null {
  const values: Record<string, ChangeValue> = {};
  let any = false;
  for (const [field, header] of Object.entries(columns) as [keyof T & string, string][]) {
    const value = current[field] as unknown;
    if (value === original[field]) continue;
    values[header] = dates.has(field) && value !== null ? { date: value as LocalDate } : (value as ChangeValue);
    any = true;
  }
  return any ? values : null;
}
