import fc from 'fast-check';
import { addDays } from '../dates/localDate';
import { gather } from '../gather/gatheredState';
import type { WorkbookRecords } from '../gather/workbookRecords';
import { MEMBER_STATUSES } from '../model/records';
import { planRun } from '../plan/planRun';
import { makeApplication, makeInvoice, makeMember, makeProduct, makeRecords } from '../testing/recordBuilders';
import { D, EXECUTED_AT, RUN } from './testing/applyFixtures';
import { applyPlan, AppliedPlan } from './applyPlan';

const membershipArb = fc.record({
  owner: fc.integer({ min: 0, max: 9 }), // a few memberships share a Member ID
  status: fc.oneof({ arbitrary: fc.constant('Active' as const), weight: 3 }, { arbitrary: fc.constantFrom(...MEMBER_STATUSES), weight: 1 }),
  product: fc.constantFrom('Annual', 'Gold'),
  endOffset: fc.integer({ min: -120, max: 40 }), // renew window: [-60, 29]; drop line: ≤ -61
  invoice: fc.option(fc.record({ status: fc.constantFrom('Open', 'Paid', 'Cancelled'), notices: fc.integer({ min: 0, max: 3 }) }), { nil: null, freq: 2 }),
});
const applicationArb = fc.record({ owner: fc.integer({ min: 0, max: 12 }), product: fc.constantFrom('Annual', 'Gold', 'Unknown') });
/** Invoice ID cells: numbers with the prefix, other prefixes and letter cases, non-numbers. */
const idArb = fc.oneof(
  fc.integer({ min: 1, max: 999 }).map((n) => `INV-${String(n).padStart(6, '0')}`),
  fc.constantFrom('inv-000900', 'X-000950', 'INV-12A', 'INV-'),
);
const worldArb = fc.record({
  memberships: fc.array(membershipArb, { maxLength: 25 }),
  applications: fc.array(applicationArb, { maxLength: 5 }),
  ids: fc.uniqueArray(idArb, { minLength: 25, maxLength: 40 }),
  badRowIds: fc.array(idArb, { maxLength: 3 }),
  excludeSeed: fc.array(fc.boolean(), { maxLength: 40 }),
});
type World = typeof worldArb extends fc.Arbitrary<infer T> ? T : never;

function recordsOf(world: World): WorkbookRecords {
  const members = world.memberships.map((m, i) =>
    makeMember({
      memberId: `P${m.owner}`,
      membershipId: `S${i}`,
      status: m.status,
      product: m.product,
      endDate: addDays(D, m.endOffset),
      startDate: addDays(D, m.endOffset - 364),
    }),
  );
  const invoices = world.memberships.flatMap((m, i) => {
    if (!m.invoice) return [];
    const termStart = addDays(D, m.endOffset + 1);
    const paid = m.invoice.status !== 'Open';
    const { notices } = m.invoice;
    return [
      makeInvoice({
        invoiceId: world.ids[i],
        membershipId: `S${i}`,
        status: m.invoice.status,
        termStart,
        dueDate: termStart,
        balance: paid ? 0 : 120,
        noticesSent: notices,
        lastNoticeDate: notices > 0 ? addDays(D, -notices * 10) : null,
      }),
    ];
  });
  const applications = world.applications.map((a, i) => makeApplication({ applicationId: `APP-${i}`, memberId: `P${a.owner}`, product: a.product }));
  return makeRecords({ members, invoices, applications, products: [makeProduct(), makeProduct({ product: 'Gold', price: 200 })] });
}

/** Plans the run with some of its posting keys excluded (by the seed), then applies the plan. */
function postWorld(world: World) {
  const records = recordsOf(world);
  const state = gather(records);
  const first = planRun({ records, run: RUN, asOf: D, gathered: state });
  const excludedKeys = new Set(first.items.filter((_, i) => world.excludeSeed[i]).map((i) => i.key));
  const plan = planRun({ records, run: RUN, asOf: D, gathered: state, excludedKeys });
  const applied = applyPlan({ plan, state, executedAt: EXECUTED_AT, usedInvoiceIds: world.badRowIds });
  return { records, plan, applied, excludedKeys };
}

/** The item key each batch row stands for (SPEC §6 key formats). */
function batchKeys({ batches }: AppliedPlan, newIds: ReadonlyMap<string, string>): string[] {
  return [
    ...batches.invoices.map((r) => `renew:${r.membershipId}`),
    ...batches.notices.map((r) => (newIds.has(r.invoiceId) ? `notify:new:${r.membershipId}` : `notify:${r.invoiceId}`)),
    ...batches.drops.map((r) => `drop:${r.membershipId}`),
    ...batches.activations.map((r) => `activate:${r.applicationId}`),
  ];
}

describe('applyPlan', () => {
  describe('properties', () => {
    it('updates only rows that exist, and each row once', () => {
      fc.assert(
        fc.property(worldArb, (world) => {
          const { records, applied } = postWorld(world);
          const rows = {
            Members: new Set(records.members.map((m) => m.row)),
            Invoices: new Set(records.invoices.map((i) => i.row)),
            Applications: new Set(records.applications.map((a) => a.row)),
            Runs: new Set([RUN.row]),
            'Run Log': new Set<number>(),
            Payments: new Set<number>(),
            Collections: new Set<number>(),
          };
          const updated = applied.changes.updates.map((u) => `${u.sheet}:${u.row}`);
          return applied.changes.updates.every((u) => rows[u.sheet].has(u.row)) && new Set(updated).size === updated.length;
        }),
      );
    });

    it('never duplicates an Invoice ID nor reuses one already written', () => {
      fc.assert(
        fc.property(worldArb, (world) => {
          const { records, plan, applied } = postWorld(world);
          const newIds = applied.changes.appends.filter((a) => a.sheet === 'Invoices').map((a) => a.values['Invoice ID'] as string);
          const existing = new Set([...records.invoices.map((i) => i.invoiceId), ...world.badRowIds]);
          const renewals = plan.items.filter((i) => i.action === 'renew' && (i.status === 'ready' || i.status === 'warning'));
          return newIds.length === renewals.length && new Set(newIds).size === newIds.length && newIds.every((id) => !existing.has(id));
        }),
      );
    });

    it('puts no excluded item in a batch, and every posting item in one', () => {
      fc.assert(
        fc.property(worldArb, (world) => {
          const { plan, applied, excludedKeys } = postWorld(world);
          const newIds = new Map(applied.batches.invoices.map((r) => [r.invoiceId, r.membershipId]));
          const keys = batchKeys(applied, newIds);
          const posting = plan.items.filter((i) => i.status === 'ready' || i.status === 'warning').map((i) => i.key);
          expect(keys.filter((k) => excludedKeys.has(k))).toEqual([]);
          expect(new Set(keys)).toEqual(new Set(posting));
        }),
      );
    });
  });
});
