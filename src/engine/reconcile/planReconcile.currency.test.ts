import { gather } from '../gather/gatheredState';
import { invoiceCurrency } from '../money/currencyOf';
import type { Invoice } from '../model/records';
import { d, makeInvoice, makeMember, makeProduct, makeRecords } from '../testing/recordBuilders';
import { planReconcile } from './planReconcile';
import { describeReconcileReason } from './reconcileReason';
import type { Settlement } from './settlement';
import { makeSettlement } from './testing/reconcileBuilders';

const products = [makeProduct({ product: 'Annual', currency: 'USD' }), makeProduct({ product: 'Annual EU', currency: 'EUR' })];
const { productsByKey } = gather(makeRecords({ products }));
const member = makeMember({ memberId: 'M1', membershipId: 'M1', status: 'Active', product: 'Annual', endDate: d('2026-11-30') });
const invoice = (over: Partial<Invoice> = {}): Invoice =>
  makeInvoice({ invoiceId: 'INV-1', membershipId: 'M1', product: 'Annual', currency: null, amount: 120, balance: 120, ...over });

/** `currencyOf: null` plans without one. */
function plan(
  settlements: Settlement[],
  invoices = [invoice()],
  currencyOf: ((i: Invoice) => string | null) | null = (i) => invoiceCurrency(i, productsByKey),
) {
  return planReconcile({
    settlements,
    records: { invoices, members: [member] },
    appliedReferences: new Set(),
    settings: { reconcileTimeoutDays: 5 },
    currencyOf: currencyOf ?? undefined,
    asOf: d('2026-11-21'),
  });
}
const words = (r: ReturnType<typeof plan>) => r.items.map((i) => [i.status, i.reason && describeReconcileReason(i.reason)]);

describe('planReconcile', () => {
  describe('with a settlement Currency (SPEC §11)', () => {
    it('refuses a row settled in another currency than its invoice, in words, and changes nothing', () => {
      const result = plan([makeSettlement({ currency: 'EUR' })]);
      expect(result.items.map((i) => [i.status, i.reason])).toEqual([['error', { code: 'CURRENCY_MISMATCH', currency: 'EUR', invoiceCurrency: 'USD' }]]);
      expect(words(result)).toEqual([['error', 'settled in EUR, but the invoice is in USD']]);
      expect(result.changes).toEqual({ updates: [], appends: [] });
    });

    it.each([
      ['the same currency', 'USD'],
      ['the same currency in lower case', 'usd'],
      ['a blank Currency (no check)', null],
    ])('pays the invoice when the row has %s', (_label, currency) => {
      expect(words(plan([makeSettlement({ currency })]))).toEqual([['ready', 'paid in full; membership extended']]);
    });

    it('takes a blank invoice Currency as its product’s, and its own Currency first', () => {
      const euProduct = invoice({ product: 'Annual EU' });
      expect(words(plan([makeSettlement({ currency: 'eur' })], [euProduct]))).toEqual([['ready', 'paid in full; membership extended']]);
      expect(words(plan([makeSettlement({ currency: 'EUR' })], [invoice({ product: 'Annual EU', currency: 'USD' })]))).toEqual([
        ['error', 'settled in EUR, but the invoice is in USD'],
      ]);
    });

    it('checks the currency before the amount and the Settlement Status', () => {
      expect(words(plan([makeSettlement({ currency: 'EUR', amount: 500 }), makeSettlement({ currency: 'EUR', settlementStatus: 'Unknown' })]))).toEqual([
        ['error', 'settled in EUR, but the invoice is in USD'],
        ['error', 'settled in EUR, but the invoice is in USD'],
      ]);
    });

    it('does not check when the invoice’s currency is unknown or no currencyOf is given', () => {
      const unknownProduct = invoice({ product: 'Gone' });
      expect(words(plan([makeSettlement({ currency: 'EUR' })], [unknownProduct]))).toEqual([['ready', 'paid in full; membership extended']]);
      expect(words(plan([makeSettlement({ currency: 'EUR' })], [invoice()], null))).toEqual([['ready', 'paid in full; membership extended']]);
    });
  });
});
