/**
 * Builders for reconcile tests (test-only): a settlement row with defaults, and a function
 * that applies a change set's Invoices/Members updates to records, as a host would.
 */
import type { ChangeSet, ChangeValue } from '../../apply/changeSet';
import { isoDate } from '../../dates/isoDate';
import type { LocalDate } from '../../dates/localDate';
import type { Invoice, Member } from '../../model/records';
import type { Settlement } from '../settlement';

let nextRow = 2;

export function makeSettlement(over: Partial<Settlement> = {}): Settlement {
  const row = nextRow++;
  return {
    row,
    reference: `TX-${row}`,
    invoiceId: 'INV-1',
    amount: 120,
    result: 'Completed',
    settlementStatus: 'Settled',
    processedAt: '2026-11-20T15:00:00Z',
    processedDate: isoDate('2026-11-20'),
    reason: null,
    currency: null,
    ...over,
  };
}

const INVOICE_FIELDS: Record<string, keyof Invoice> = {
  Balance: 'balance',
  Status: 'status',
  'Last Attempt Status': 'lastAttemptStatus',
  'Last Attempt Reason': 'lastAttemptReason',
};
const MEMBER_FIELDS: Record<string, keyof Member> = {
  'End Date': 'endDate',
  Product: 'product',
  Status: 'status',
  'Renewed Through': 'renewedThrough',
  'Termination Date': 'terminationDate',
  'Member Type': 'memberType',
};

const plain = (v: ChangeValue): unknown => (typeof v === 'object' && v !== null ? (v.date as LocalDate) : v);

/** The records after a change set's updates; Payments appends become references. */
export function applyChanges(
  records: { invoices: readonly Invoice[]; members: readonly Member[] },
  changes: ChangeSet,
): { invoices: Invoice[]; members: Member[]; references: string[] } {
  const invoices = records.invoices.map((i) => ({ ...i }));
  const members = records.members.map((m) => ({ ...m }));
  for (const u of changes.updates) {
    const [target, fields] =
      u.sheet === 'Invoices' ? [invoices.find((i) => i.row === u.row), INVOICE_FIELDS] : [members.find((m) => m.row === u.row), MEMBER_FIELDS];
    if (!target) throw new Error(`no ${u.sheet} row ${u.row}`);
    for (const [header, value] of Object.entries(u.values)) (target as unknown as Record<string, unknown>)[fields[header]] = plain(value);
  }
  return { invoices, members, references: changes.appends.map((a) => a.values.Reference as string) };
}
