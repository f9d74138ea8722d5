import type { InvoiceStatus } from '../model/records';
import { d, makeInvoice } from '../testing/recordBuilders';
import { isAlreadyRenewed } from './isAlreadyRenewed';

const nextTermFrom = d('2026-01-01');

describe('isAlreadyRenewed', () => {
  it.each([
    ['the day before', '2025-12-31', false],
    ['the day of', '2026-01-01', true],
    ['the day after', '2026-01-02', true],
  ])('counts an invoice whose Term Start is %s the next term (%s)', (_when, termStart, expected) => {
    expect(isAlreadyRenewed([makeInvoice({ termStart: d(termStart) })], nextTermFrom)).toBe(expected);
  });

  it.each<[InvoiceStatus, boolean]>([
    ['Open', true],
    ['Paid', true],
    ['Credited', true],
    ['Cancelled', false],
  ])('counts an invoice with Status %s → %s', (status, expected) => {
    expect(isAlreadyRenewed([makeInvoice({ status, termStart: nextTermFrom })], nextTermFrom)).toBe(expected);
  });

  it('is false when the membership has no invoices', () => {
    expect(isAlreadyRenewed([], nextTermFrom)).toBe(false);
  });

  it('is true when any one invoice counts, even after cancelled and older ones', () => {
    const invoices = [
      makeInvoice({ termStart: d('2025-01-01'), status: 'Paid' }),
      makeInvoice({ termStart: d('2026-01-01'), status: 'Cancelled' }),
      makeInvoice({ termStart: d('2026-01-01'), status: 'Open' }),
    ];
    expect(isAlreadyRenewed(invoices, nextTermFrom)).toBe(true);
    expect(isAlreadyRenewed(invoices.slice(0, 2), nextTermFrom)).toBe(false);
  });
});
