import { addDays, LocalDate } from '../../engine/dates/localDate';
import { termEnd } from '../../engine/dates/termEnd';
import type { OutputCell } from '../outputGrid';
import type { SampleMembership } from './sampleMembers';
import type { SeededRandom } from './seededRandom';

export const INVOICE_HEADERS = [
  'Invoice ID',
  'Membership ID',
  'Member ID',
  'Run ID',
  'Bill Date',
  'Due Date',
  'Term Start',
  'Term End',
  'Product',
  'Amount',
  'Balance',
  'Status',
  'Notices Sent',
  'Last Notice Date',
  'Attempts',
  'Last Attempt Date',
  'Last Attempt Status',
  'Last Attempt Reason',
];

/**
 * About one invoice per two memberships: open renewal invoices at every notice stage for
 * memberships near or past their End Date (some paid, some on AutoPay with attempts), and paid
 * invoices of the current term for the rest.
 */
export function invoiceRows(memberships: readonly SampleMembership[], asOf: LocalDate, rnd: SeededRandom): OutputCell[][] {
  const rows: OutputCell[][] = [INVOICE_HEADERS];
  let n = 0;
  const id = () => `INV-${String(++n).padStart(6, '0')}`;
  for (const m of memberships) {
    const daysToEnd = m.endDate - asOf;
    const nearRenewal = m.status === 'Active' && daysToEnd >= -100 && daysToEnd <= 25;
    if (nearRenewal && rnd.chance(0.6)) {
      rows.push(renewalInvoice(id(), m, asOf, rnd));
    } else if (rnd.chance(nearRenewal ? 0.2 : 0.5)) {
      const price = m.product.price;
      rows.push([
        id(),
        m.membershipId,
        m.memberId,
        null,
        { date: addDays(m.startDate, -30) },
        { date: m.startDate },
        { date: m.startDate },
        { date: m.endDate },
        m.product.product,
        price,
        0,
        'Paid',
        1,
        { date: addDays(m.startDate, -30) },
        0,
        null,
        null,
        null,
      ]);
    }
  }
  return rows;
}

function renewalInvoice(invoiceId: string, m: SampleMembership, asOf: LocalDate, rnd: SeededRandom): OutputCell[] {
  const termStart = addDays(m.endDate, 1);
  const billDate = addDays(termStart, -30);
  const paid = rnd.chance(0.25);
  const sinceBill = Math.max(0, asOf - billDate);
  const notices = paid ? 1 : Math.min(4, Math.floor(sinceBill / 14) + (rnd.chance(0.2) ? 0 : 1) - (rnd.chance(0.3) ? 1 : 0));
  const noticesSent = Math.max(0, notices);
  const lastNotice = noticesSent > 0 ? addDays(billDate, Math.min(sinceBill, (noticesSent - 1) * 14 + rnd.int(0, 3))) : null;
  const price = m.product.price;
  const autoPay = m.autoPay && !paid;
  const attempts = autoPay ? rnd.int(0, 3) : 0;
  const attemptStatus =
    attempts > 0
      ? rnd.pick([
          ['Failed', 3],
          ['Submitted', 2],
          ['Not Settled', 1],
        ] as const)
      : null;
  return [
    invoiceId,
    m.membershipId,
    m.memberId,
    'NIGHTLY',
    { date: billDate },
    { date: termStart },
    { date: termStart },
    { date: termEnd(termStart, m.product.termMonths) },
    m.product.product,
    price,
    paid ? 0 : price,
    paid ? 'Paid' : 'Open',
    noticesSent,
    lastNotice === null ? null : { date: lastNotice },
    attempts,
    attempts > 0 ? { date: addDays(asOf, -rnd.int(1, 12)) } : null,
    attemptStatus,
    attemptStatus === 'Failed' ? (rnd.chance(0.5) ? 'Expired card' : 'Insufficient funds') : null,
  ];
}
