import { addDays, LocalDate, toYmd } from '../../engine/dates/localDate';
import { anniversary } from '../../engine/dates/termEnd';
import type { OutputCell } from '../outputGrid';
import { SAMPLE_EURO_PRODUCT, SAMPLE_PRODUCTS, SampleProduct } from './sampleCatalog';
import type { SeededRandom } from './seededRandom';

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Katherine',
  'Edsger',
  'Barbara',
  'Donald',
  'Frances',
  'Tim',
  'Radia',
  'Ken',
  'Margaret',
  'Linus',
  'Hedy',
  'Dennis',
  'Sophie',
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Johnson',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Allen',
  'Berners-Lee',
  'Perlman',
  'Thompson',
  'Hamilton',
  'Torvalds',
  'Lamarr',
  'Ritchie',
  'Wilson',
];

/** One generated membership, kept typed so the invoice generator can build on it. */
export interface SampleMembership {
  memberId: string;
  membershipId: string;
  name: string;
  email: string | null;
  product: SampleProduct;
  status: string;
  startDate: LocalDate;
  endDate: LocalDate;
  autoPay: boolean;
}

export const MEMBER_HEADERS = [
  'Member ID',
  'Membership ID',
  'Name',
  'Email',
  'Member Type',
  'Status',
  'Product',
  'Start Date',
  'End Date',
  'AutoPay',
  'Card Expiry',
  'Renewed Through',
  'Termination Date',
  'Phone',
  'Notes',
];

const PRODUCT_WEIGHTS = SAMPLE_PRODUCTS.filter((p) => p.weight > 0).map((p) => [p, p.weight] as const);
const STATUS_WEIGHTS = [
  ['Active', 85],
  ['Expired', 6],
  ['Dropped', 5],
  ['Cancelled', 2],
  ['Pending', 2],
] as const;

/**
 * Generates `count` memberships around `asOf`: most Active with End Dates from four months
 * past to a year ahead, some second memberships of one member, some without email, a quarter
 * on AutoPay.
 */
export function sampleMemberships(count: number, asOf: LocalDate, rnd: SeededRandom): SampleMembership[] {
  const out: SampleMembership[] = [];
  let memberNumber = 100000;
  for (let i = 0; i < count; i++) {
    const second = i > 0 && rnd.chance(0.06) && out[i - 1].membershipId === out[i - 1].memberId;
    const memberId = second ? out[i - 1].memberId : `M${++memberNumber}`;
    const product = second ? SAMPLE_PRODUCTS[5] : rnd.pick(PRODUCT_WEIGHTS);
    const status = rnd.pick(STATUS_WEIGHTS);
    // Yesterday's nightly run dropped whoever crossed the drop line (60 days) before; a few
    // stragglers past it remain (a payment was in flight, or staff held them back).
    const straggler = rnd.chance(0.02);
    const spread = product.termMonths === 1 ? rnd.int(-45, 30) : straggler ? rnd.int(-130, -62) : rnd.int(-61, 365);
    const endDate = addDays(asOf, status === 'Active' ? spread : -rnd.int(30, 400));
    const startDate = anniversary(addDays(endDate, 1), -product.termMonths);
    const name = second ? out[i - 1].name : `${FIRST[rnd.int(0, FIRST.length - 1)]} ${LAST[rnd.int(0, LAST.length - 1)]}`;
    const email = second ? out[i - 1].email : rnd.chance(0.03) ? null : `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${memberNumber}@example.org`;
    out.push({ memberId, membershipId: second ? `${memberId}-2` : memberId, name, email, product, status, startDate, endDate, autoPay: rnd.chance(0.25) });
  }
  return withEuroAndGrace(out, asOf);
}

/**
 * SPEC §11 in the sample, without drawing another random number (so every other membership stays
 * as the seed makes it): every 20th Individual Annual membership is priced in euro, and every
 * 3rd Active membership past its End Date is already in `Grace`, as an earlier lapse left it.
 */
function withEuroAndGrace(memberships: SampleMembership[], asOf: LocalDate): SampleMembership[] {
  let annual = 0;
  let overdue = 0;
  for (const m of memberships) {
    if (m.product.product === 'Individual Annual' && ++annual % 20 === 0) m.product = SAMPLE_EURO_PRODUCT;
    if (m.status === 'Active' && m.endDate < asOf && ++overdue % 3 === 0) m.status = 'Grace';
  }
  return memberships;
}

/** Members sheet rows (header first), with an extra Phone and Notes column that must survive. */
export function memberRows(memberships: readonly SampleMembership[], rnd: SeededRandom): OutputCell[][] {
  const rows: OutputCell[][] = [MEMBER_HEADERS];
  for (const m of memberships) {
    const { year, month } = toYmd(addDays(m.endDate, rnd.int(-200, 900)));
    rows.push([
      m.memberId,
      m.membershipId,
      m.name,
      m.email,
      m.product.memberType,
      m.status,
      m.product.product,
      { date: m.startDate },
      { date: m.endDate },
      m.autoPay ? 'Yes' : 'No',
      m.autoPay ? `${year}-${String(month).padStart(2, '0')}` : null,
      null,
      m.status === 'Dropped' ? { date: addDays(m.endDate, 61) } : null,
      rnd.chance(0.5) ? `555-${String(rnd.int(0, 9999)).padStart(4, '0')}` : null,
      rnd.chance(0.05) ? 'Prefers post' : null,
    ]);
  }
  return rows;
}
