/**
 * Batches of a small, hand-checked post of run NIGHTLY as of 2026-11-21, for tests: two
 * renewal invoices (120 + 95.5), three notices (one on a member without email), one lapse, one drop, one
 * payment and one activation. Test-only (imported from *.test.ts files and integration tests).
 */
import type { Batches } from '../../../engine/apply/batches';
import { isoDate as d } from '../../../engine/dates/isoDate';

/** A fresh copy each call, so a test may change it without touching another test's. */
export function sampleBatches(): Batches {
  return {
    invoices: [
      {
        memberId: 'M1',
        name: 'Ann Lee',
        email: 'ann@example.org',
        invoiceId: 'INV-000003',
        membershipId: 'M1',
        product: 'Annual',
        billDate: d('2026-11-21'),
        dueDate: d('2026-12-11'),
        termStart: d('2026-12-11'),
        termEnd: d('2027-12-10'),
        amount: 120,
        currency: 'USD',
      },
      {
        memberId: 'M3',
        name: 'Lee, "Bo"',
        email: 'bo@example.org',
        invoiceId: 'INV-000004',
        membershipId: 'M3',
        product: 'Student',
        billDate: d('2026-11-21'),
        dueDate: d('2026-12-21'),
        termStart: d('2026-12-21'),
        termEnd: d('2027-12-20'),
        amount: 95.5,
        currency: 'USD',
      },
    ],
    notices: [
      {
        memberId: 'M5',
        name: 'Cy Day',
        email: 'cy@example.org',
        invoiceId: 'INV-000002',
        membershipId: 'M5',
        noticeNumber: 2,
        noticeKind: 'reminder',
        dueDate: d('2026-11-11'),
        amount: 120,
        currency: 'USD',
      },
      {
        memberId: 'M1',
        name: 'Ann Lee',
        email: 'ann@example.org',
        invoiceId: 'INV-000003',
        membershipId: 'M1',
        noticeNumber: 1,
        noticeKind: 'first',
        dueDate: d('2026-12-11'),
        amount: 120,
        currency: 'USD',
      },
      {
        memberId: 'M7',
        name: 'Di No-Mail',
        email: null,
        invoiceId: 'INV-000005',
        membershipId: 'M7',
        noticeNumber: 3,
        noticeKind: 'final',
        dueDate: d('2026-10-01'),
        amount: 0.1,
        currency: 'USD',
      },
    ],
    lapses: [
      {
        memberId: 'M9',
        name: 'Ivy Ng',
        email: 'ivy@example.org',
        membershipId: 'M9',
        product: 'Annual',
        endDate: d('2026-11-19'),
      },
    ],
    drops: [
      {
        memberId: 'M4',
        name: 'Ed Fox',
        email: 'ed@example.org',
        membershipId: 'M4',
        product: 'Annual',
        endDate: d('2026-09-21'),
        terminationDate: d('2026-11-21'),
        amount: 120,
        currency: 'USD',
      },
    ],
    payments: [
      {
        memberId: 'M8',
        name: 'Flo Gray',
        email: 'flo@example.org',
        invoiceId: 'INV-000006',
        membershipId: 'M8',
        dueDate: d('2026-11-01'),
        attempt: 2,
        bank: null,
        amount: 60,
        currency: 'USD',
      },
    ],
    activations: [
      {
        memberId: 'M9',
        name: 'Gus Hill',
        email: 'gus@example.org',
        applicationId: 'APP-7',
        membershipId: 'M9',
        product: 'Annual',
        termStart: d('2026-11-21'),
        termEnd: d('2027-11-20'),
        invoiceId: null,
        amount: null,
        currency: null,
      },
    ],
  };
}

/** The same post with only the batches named; the others empty. */
export function onlyBatches(...kinds: (keyof Batches)[]): Batches {
  const all = sampleBatches();
  return {
    invoices: kinds.includes('invoices') ? all.invoices : [],
    notices: kinds.includes('notices') ? all.notices : [],
    drops: kinds.includes('drops') ? all.drops : [],
    payments: kinds.includes('payments') ? all.payments : [],
    activations: kinds.includes('activations') ? all.activations : [],
    lapses: kinds.includes('lapses') ? all.lapses : [],
  };
}
