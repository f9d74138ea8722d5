import type { LocalDate } from '../dates/localDate';
import type { WorkbookRecords } from '../gather/workbookRecords';
import type { RunDefinition } from '../model/run';
import { createRunContext, RunContext } from '../plan/runContext';
import { d, makeApplication, makeInvoice, makeMember, makeProduct, makeRecords, makeRun } from '../testing/recordBuilders';
import { planActivations } from './planActivations';

function contextFor(records: WorkbookRecords, run: RunDefinition = makeRun({ actions: ['activate'] }), asOf: LocalDate = D): RunContext {
  return createRunContext(records, run, asOf);
}

const D = d('2026-03-01');
const plan = (over: Partial<WorkbookRecords>, run?: RunDefinition) => planActivations(contextFor(makeRecords(over), run));

describe('planActivations', () => {
  it('plans a ready activation with every field when an application is approved', () => {
    const application = makeApplication({ applicationId: 'APP-1', memberId: 'N-1', requestedStart: d('2026-04-01') });
    expect(plan({ applications: [application] })).toEqual([
      {
        key: 'activate:APP-1',
        action: 'activate',
        status: 'ready',
        reason: null,
        memberId: 'N-1',
        membershipId: 'N-1',
        name: 'Grace Hopper',
        email: 'grace@example.org',
        product: 'Annual',
        newProduct: 'Annual',
        endDate: null,
        termStart: d('2026-04-01'),
        termEnd: d('2027-03-31'),
        dueDate: null,
        amount: null,
        currency: null,
        invoiceId: null,
        noticeNumber: null,
        noticeKind: null,
        dependsOn: null,
        memberRow: null,
        invoiceRow: null,
        applicationRow: application.row,
      },
    ]);
  });

  it.each([
    ['before D', '2026-02-15', '2026-03-01', '2027-02-28'],
    ['on D', '2026-03-01', '2026-03-01', '2027-02-28'],
    ['after D', '2026-03-02', '2026-03-02', '2027-03-01'],
    ['blank', null, '2026-03-01', '2027-02-28'],
  ])('starts the term on the later of Requested Start and D when it is %s', (_when, requested, start, end) => {
    const application = makeApplication({ requestedStart: requested == null ? null : d(requested) });
    expect(plan({ applications: [application] })[0]).toMatchObject({ termStart: d(start), termEnd: d(end) });
  });

  it.each([
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
  ])('ends a term starting %s of %i months on %s', (start, months, end) => {
    const records = makeRecords({
      applications: [makeApplication({ requestedStart: d(start) })],
      products: [makeProduct({ termMonths: months })],
    });
    expect(planActivations(contextFor(records, undefined, d('2024-01-01')))[0].termEnd).toBe(d(end));
  });

  it('plans only applications with Status Approved, in any letter case', () => {
    const applications = [
      makeApplication({ applicationId: 'A', status: 'Approved' }),
      makeApplication({ applicationId: 'B', status: 'approved ' }),
      makeApplication({ applicationId: 'C', status: 'Pending' }),
      makeApplication({ applicationId: 'D', status: 'Activated' }),
      makeApplication({ applicationId: 'E', status: 'Rejected' }),
    ];
    expect(plan({ applications }).map((i) => i.key)).toEqual(['activate:A', 'activate:B']);
  });

  it('plans only applications whose Member Type passes the run filter', () => {
    const applications = [
      makeApplication({ applicationId: 'S', memberId: 'N-1', memberType: 'Student' }),
      makeApplication({ applicationId: 'R', memberId: 'N-2', memberType: 'Regular' }),
      makeApplication({ applicationId: 'X', memberId: 'N-3', memberType: null }),
    ];
    expect(plan({ applications }, makeRun({ memberTypes: ['student'] })).map((i) => i.key)).toEqual(['activate:S']);
    expect(plan({ applications }, makeRun({ autoPay: 'exclude' }))).toHaveLength(3);
    expect(plan({ applications }, makeRun({ autoPay: 'only' }))).toEqual([]);
  });

  it('plans an error with PRODUCT_NOT_FOUND when the product is not in Products', () => {
    expect(plan({ applications: [makeApplication({ product: 'Lifetime' })] })[0]).toMatchObject({
      status: 'error',
      reason: { code: 'PRODUCT_NOT_FOUND', detail: { product: 'Lifetime' } },
      membershipId: null,
      termStart: null,
    });
  });

  it('plans an error with ALREADY_ACTIVE when the member has an Active membership of the product', () => {
    const members = [makeMember({ memberId: 'N-1', product: 'annual', status: 'Active' })];
    expect(plan({ members, applications: [makeApplication({ memberId: 'N-1', product: 'Annual' })] })[0]).toMatchObject({
      status: 'error',
      reason: { code: 'ALREADY_ACTIVE', detail: { product: 'Annual' } },
      membershipId: null,
    });
  });

  it('activates when the member only has an Expired membership of the product, under a new Membership ID', () => {
    const members = [makeMember({ memberId: 'N-1', membershipId: 'N-1', status: 'Expired' })];
    expect(plan({ members, applications: [makeApplication({ memberId: 'N-1' })] })[0]).toMatchObject({
      status: 'ready',
      membershipId: 'N-1-2',
    });
  });

  it('activates when the member is Active in another product', () => {
    const members = [makeMember({ memberId: 'N-1', membershipId: 'N-1', product: 'Monthly' })];
    const products = [makeProduct({ product: 'Annual' }), makeProduct({ product: 'Monthly', termMonths: 1 })];
    expect(plan({ members, products, applications: [makeApplication({ memberId: 'N-1' })] })[0]).toMatchObject({
      status: 'ready',
      membershipId: 'N-1-2',
    });
  });

  it('plans the second of two approved applications of one member for one product as ALREADY_ACTIVE', () => {
    const applications = [
      makeApplication({ applicationId: 'A1', memberId: 'N-1', product: 'Annual' }),
      makeApplication({ applicationId: 'A2', memberId: 'N-1', product: 'ANNUAL' }),
      makeApplication({ applicationId: 'A3', memberId: 'N-2', product: 'Annual' }),
    ];
    expect(plan({ applications }).map((i) => [i.key, i.status, i.reason?.code ?? null])).toEqual([
      ['activate:A1', 'ready', null],
      ['activate:A2', 'error', 'ALREADY_ACTIVE'],
      ['activate:A3', 'ready', null],
    ]);
  });

  it('gives memberships of one member in one run distinct IDs when the products differ', () => {
    const products = [makeProduct({ product: 'Annual' }), makeProduct({ product: 'Family' })];
    const applications = [makeApplication({ memberId: 'N-1', product: 'Annual' }), makeApplication({ memberId: 'N-1', product: 'Family' })];
    expect(plan({ products, applications }).map((i) => i.membershipId)).toEqual(['N-1', 'N-1-2']);
  });

  it('skips Membership IDs used by Members rows or invoices when the Member ID collides', () => {
    const members = [
      makeMember({ memberId: 'OTHER', membershipId: 'N-1', status: 'Dropped' }),
      makeMember({ memberId: 'OTHER', membershipId: 'N-1-2', status: 'Dropped' }),
    ];
    const invoices = [makeInvoice({ membershipId: 'N-1-3' })];
    expect(plan({ members, invoices, applications: [makeApplication({ memberId: 'N-1' })] })[0].membershipId).toBe('N-1-4');
  });

  it('does not reserve a Membership ID for an error item', () => {
    const applications = [makeApplication({ memberId: 'N-1', product: 'Lifetime' }), makeApplication({ memberId: 'N-1', product: 'Annual' })];
    expect(plan({ applications }).map((i) => i.membershipId)).toEqual([null, 'N-1']);
  });

  it('does not change its inputs', () => {
    const records = makeRecords({
      members: [makeMember({ memberId: 'N-1', status: 'Active' })],
      applications: [makeApplication({ memberId: 'N-1' }), makeApplication({ memberId: 'N-2' }), makeApplication({ memberId: 'N-2' })],
    });
    const ctx = contextFor(deepFreeze(records));
    const before = structuredClone(ctx);
    expect(planActivations(ctx)).toHaveLength(3);
    expect(ctx).toEqual(before);
  });
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
