/**
 * Test-only fixtures for bank reconcile tests (imported from *.test.ts files): a bank entry with
 * defaults (a booked credit of INV-000001's first attempt), a membership with its open invoice
 * in flight, and `reconcile`, which plans a bank file on them as of {@link D}.
 */
import { isoDate } from '../../../dates/isoDate';
import type { Invoice, Member } from '../../../model/records';
import { makeInvoice, makeMember } from '../../../testing/recordBuilders';
import type { BankSettlement, PaymentRecord, PostedCollection } from '../bankSettlement';
import { planBankReconcile } from '../planBankReconcile';

export const D = isoDate('2026-11-21');

let nextPosition = 1;

export function makeEntry(over: Partial<BankSettlement> = {}): BankSettlement {
  return {
    position: nextPosition++,
    booked: true,
    reference: 'BK-1',
    processedAt: '2026-11-20',
    processedDate: isoDate('2026-11-20'),
    amount: 120,
    currency: 'EUR',
    kind: 'credit',
    reversal: false,
    attemptReference: 'INV-000001-1',
    invoiceId: 'INV-000001',
    pmtInfId: null,
    batchCount: null,
    returnCode: null,
    returnText: null,
    ...over,
  };
}

/** A return of INV-000001's first attempt with `code`. */
export const makeReturn = (code: string, over: Partial<BankSettlement> = {}) => makeEntry({ reference: 'RT-1', kind: 'return', returnCode: code, ...over });

export const member = (over: Partial<Member> = {}): Member =>
  makeMember({ row: 5, memberId: 'A', membershipId: 'A', status: 'Expired', product: 'Old', endDate: isoDate('2026-10-31'), ...over });

/** INV-000001 of membership A: 120 open, its first SEPA attempt submitted on D − 3 for D − 1. */
export const invoice = (over: Partial<Invoice> = {}): Invoice =>
  makeInvoice({
    row: 7,
    invoiceId: 'INV-000001',
    membershipId: 'A',
    termEnd: isoDate('2027-10-31'),
    attempts: 1,
    lastAttemptStatus: 'Submitted',
    lastAttemptDate: isoDate('2026-11-18'),
    lastAttemptReference: 'INV-000001-1',
    collectionDate: isoDate('2026-11-20'),
    ...over,
  });

export const collection = (over: Partial<PostedCollection> = {}): PostedCollection => ({
  invoiceId: 'INV-000001',
  reference: 'INV-000001-1',
  amount: 120,
  pmtInfId: 'PI-1',
  sequenceType: 'RCUR',
  mandateId: 'MD-1',
  ...over,
});

export interface ReconcileOptions {
  invoices?: Invoice[];
  members?: Member[];
  payments?: PaymentRecord[];
  collections?: PostedCollection[];
}

/** Reconciles `entries` (every invoice in EUR); collections are found by reference and PmtInfId. */
export function reconcile(entries: BankSettlement[], options: ReconcileOptions = {}) {
  const collections = options.collections ?? [collection()];
  const byPmtInfId = new Map<string, PostedCollection[]>();
  for (const c of collections) if (c.pmtInfId !== null) byPmtInfId.set(c.pmtInfId, [...(byPmtInfId.get(c.pmtInfId) ?? []), c]);
  return planBankReconcile({
    entries,
    records: { invoices: options.invoices ?? [invoice()], members: options.members ?? [member()] },
    payments: options.payments ?? [],
    collectionsByReference: new Map(collections.map((c) => [c.reference, c])),
    collectionsByPmtInfId: byPmtInfId,
    currencyOf: () => 'EUR',
    settings: { reconcileTimeoutDays: 5 },
    asOf: D,
  });
}

export const NO_CHANGES = { updates: [], appends: [] };
