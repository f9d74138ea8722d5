import { addDays, fromYmd, LocalDate, toYmd } from '../../engine/dates/localDate';
import type { OutputCell } from '../outputGrid';

export const RUN_HEADERS = [
  'Run ID',
  'Name',
  'Actions',
  'Mode',
  'Lead Days',
  'Expiring By',
  'Expiry Window Days',
  'Effective Date',
  'Notice Interval Days',
  'Max Notices',
  'Drop After Days',
  'Collect Through',
  'Member Types',
  'AutoPay',
  'Use Mapping',
  'Frequency',
  'Day',
  'Time',
  'Pre-Processing Lead Days',
  'Approval',
  'Align To',
  'Proration',
  'Bill Activations',
  'Status',
  'Last As Of',
  'Last Executed At',
];

/** The ID of the sample's scheduled nightly rolling run, which `demo` previews. */
export const SAMPLE_NIGHTLY_RUN_ID = 'NIGHTLY';

/**
 * Runs of the sample: a scheduled nightly rolling run (last run yesterday, so today's
 * occurrence is due), a weekly seasonal run through the mapping table, a fixed-year corporate
 * renewal, a daily activation run, and an on-demand run with setup problems to show warnings.
 * For `run-due` (SPEC §12) NIGHTLY waits for approval and ACTIVATE posts by itself (Approval `auto`).
 */
export function runRows(asOf: LocalDate): OutputCell[][] {
  const { year } = toYmd(asOf);
  const nextJan1 = fromYmd(year + 1, 1, 1) as LocalDate;
  const regular = 'Individual, Family, Student, Senior';
  const row = (values: Record<string, OutputCell>) => RUN_HEADERS.map((h) => values[h] ?? null);
  return [
    RUN_HEADERS,
    row({
      'Run ID': SAMPLE_NIGHTLY_RUN_ID,
      Name: 'Nightly renewals',
      Actions: 'renew, lapse, notify, drop',
      Mode: 'rolling',
      'Lead Days': 30,
      'Notice Interval Days': 14,
      'Max Notices': 4,
      'Drop After Days': 60,
      'Member Types': regular,
      'Use Mapping': 'No',
      Frequency: 'daily',
      Time: '02:00',
      // The nightly job previews it and waits for staff to approve (SPEC §12).
      Approval: 'required',
      Status: 'Executed',
      'Last As Of': { date: addDays(asOf, -1) },
    }),
    row({
      'Run ID': 'SEASONAL',
      Name: 'Seasonal pool passes',
      Actions: 'renew, notify',
      'Lead Days': 45,
      'Notice Interval Days': 21,
      'Member Types': 'Seasonal',
      'Use Mapping': 'Yes',
      Frequency: 'weekly',
      Day: 'Monday',
      Time: '06:00',
      'Pre-Processing Lead Days': 2,
      Status: 'Executed',
      'Last As Of': { date: addDays(asOf, -6) },
    }),
    row({
      Name: 'Corporate fixed year',
      Actions: 'renew, notify',
      Mode: 'fixed',
      'Effective Date': { date: nextJan1 },
      'Notice Interval Days': 30,
      'Member Types': 'Corporate',
      'Use Mapping': 'No',
      Frequency: 'yearly',
      Day: '12-01',
      'Pre-Processing Lead Days': 14,
      Status: 'Draft',
    }),
    row({
      'Run ID': 'ACTIVATE',
      Name: 'Activate approved applications',
      Actions: 'activate',
      Frequency: 'daily',
      Time: '01:00',
      // The nightly job previews and posts it by itself (SPEC §12).
      Approval: 'auto',
      // SPEC §11: a new member's first term ends on Dec 31 and is billed for the months it has.
      'Align To': '01-01',
      Proration: 'monthly',
      'Bill Activations': 'Yes',
      Status: 'Draft',
      'Last As Of': { date: addDays(asOf, -1) },
    }),
    row({ 'Run ID': 'QUICKDROP', Name: 'Quick drop (misconfigured)', Actions: 'drop', 'Drop After Days': 14, Status: 'Draft' }),
  ];
}

export const APPLICATION_HEADERS = ['Application ID', 'Member ID', 'Name', 'Email', 'Member Type', 'Product', 'Status', 'Requested Start'];

/** A handful of applications: approved ones to activate, one for a member already active, pending and rejected ones. */
export function applicationRows(asOf: LocalDate, activeMember: { memberId: string; product: string } | null): OutputCell[][] {
  const rows: OutputCell[][] = [APPLICATION_HEADERS];
  const people = ['Mary Somerville', 'Charles Babbage', 'Emmy Noether', 'John Napier', 'Marie Curie', 'Niels Bohr'];
  people.forEach((name, i) => {
    const status = i < 4 ? 'Approved' : i === 4 ? 'Pending' : 'Rejected';
    const email = `${name.toLowerCase().replace(' ', '.')}@example.org`;
    rows.push([
      `APP-${1001 + i}`,
      `N${2001 + i}`,
      name,
      email,
      'Individual',
      'Individual Annual',
      status,
      i % 2 === 0 ? { date: addDays(asOf, 10 * i) } : null,
    ]);
  });
  if (activeMember) {
    rows.push(['APP-1010', activeMember.memberId, 'Returning Member', null, 'Individual', activeMember.product, 'Approved', null]);
  }
  return rows;
}
