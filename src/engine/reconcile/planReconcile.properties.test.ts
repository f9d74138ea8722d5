import fc from 'fast-check';
import { addDays } from '../dates/localDate';
import { ATTEMPT_STATUSES, INVOICE_STATUSES } from '../model/records';
import { d, makeInvoice, makeMember } from '../testing/recordBuilders';
import { planReconcile } from './planReconcile';
import { applyChanges, makeSettlement } from './testing/reconcileBuilders';
import { SETTLEMENT_RESULTS, SETTLEMENT_STATUSES } from './settlement';

const asOf = d('2026-11-21');
const cents = (max: number) => fc.integer({ min: 1, max }).map((c) => c / 100);
const day = fc.integer({ min: -10, max: 2 }).map((n) => addDays(asOf, n));

const invoiceArb = (i: number) =>
  fc
    .record({
      balance: fc.integer({ min: 0, max: 30000 }).map((c) => c / 100),
      status: fc.constantFrom(...INVOICE_STATUSES),
      lastAttemptStatus: fc.constantFrom(null, ...ATTEMPT_STATUSES),
      lastAttemptDate: fc.option(day),
    })
    .map((over) => makeInvoice({ invoiceId: `INV-${i}`, membershipId: `M${i % 2}`, row: i + 2, ...over }));
const settlementArb = fc
  .record({
    reference: fc.constantFrom('TX-1', 'TX-2', 'TX-3', 'TX-4', 'TX-5'),
    invoiceId: fc.constantFrom('INV-0', 'INV-1', 'INV-2', 'INV-9'),
    amount: cents(20000),
    result: fc.constantFrom(...SETTLEMENT_RESULTS),
    settlementStatus: fc.constantFrom(...SETTLEMENT_STATUSES),
    processedDate: day,
  })
  .map((over) => makeSettlement(over));
const worldArb = fc.record({
  invoices: fc.tuple(invoiceArb(0), invoiceArb(1), invoiceArb(2)),
  settlements: fc.array(settlementArb, { maxLength: 12 }),
  applied: fc.subarray(['TX-1', 'TX-5']),
});
const members = [makeMember({ membershipId: 'M0', row: 2 }), makeMember({ membershipId: 'M1', row: 3 })];

describe('planReconcile properties', () => {
  it('re-importing the same file changes nothing', () => {
    fc.assert(
      fc.property(worldArb, ({ invoices, settlements, applied }) => {
        const settings = { reconcileTimeoutDays: 5 };
        const first = planReconcile({ settlements, records: { invoices, members }, appliedReferences: new Set(applied), settings, asOf });
        const after = applyChanges({ invoices, members }, first.changes);
        const again = planReconcile({ settlements, records: after, appliedReferences: new Set([...applied, ...after.references]), settings, asOf });
        expect(again.changes).toEqual({ updates: [], appends: [] });
      }),
    );
  });

  it('never makes a balance negative', () => {
    fc.assert(
      fc.property(worldArb, ({ invoices, settlements, applied }) => {
        const { changes } = planReconcile({
          settlements,
          records: { invoices, members },
          appliedReferences: new Set(applied),
          settings: { reconcileTimeoutDays: 5 },
          asOf,
        });
        for (const invoice of applyChanges({ invoices, members }, changes).invoices) expect(invoice.balance).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
