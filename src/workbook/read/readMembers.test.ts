import { isoDate } from '../../engine/dates/isoDate';
import type { DateOrder } from '../../engine/model/settings';
import { yearMonth } from '../cells/parseYearMonthCell';
import type { Cell } from '../sheetGrid';
import type { ReadContext } from './readContext';
import { readMembers } from './readMembers';
import { MEMBERS_HEADER, sheet } from './testing/sheetGrids';

const context: ReadContext = { date1904: false, dateOrder: 'YMD' };
const row = (id: string, over: Partial<Record<'start' | 'end', Cell>> = {}): Cell[] => [
  id,
  `Member ${id}`,
  'Active',
  'Annual',
  over.start ?? '2025-01-01',
  over.end ?? '2025-12-31',
];
const read = (cells: Cell[][], ctx: ReadContext = context, firstRow = 1) => readMembers(sheet('Members', cells, firstRow), ctx);

describe('readMembers', () => {
  it('reads a full row into a membership', () => {
    const header = [...MEMBERS_HEADER, 'Membership ID', 'Email', 'Member Type', 'AutoPay', 'Card Expiry', 'Renewed Through', 'Termination Date'];
    const result = read([header, ['M1', ' Ada ', 'active', 'Gold', 45658, '2025-12-31', 'MS1', 'ada@example.org', 'Regular', 'Y', '2027-05', 46022, null]]);
    expect(result.inputErrors).toEqual([]);
    expect(result.records).toEqual([
      {
        row: 2,
        memberId: 'M1',
        membershipId: 'MS1',
        name: 'Ada',
        email: 'ada@example.org',
        memberType: 'Regular',
        status: 'Active',
        product: 'Gold',
        startDate: isoDate('2025-01-01'),
        endDate: isoDate('2025-12-31'),
        autoPay: true,
        cardExpiry: yearMonth(2027, 5),
        renewedThrough: isoDate('2025-12-31'),
        terminationDate: null,
        iban: null,
        bic: null,
        mandateId: null,
        mandateDate: null,
        lastMandateCollected: null,
        routingNumber: null,
        accountNumber: null,
        accountType: 'Checking',
      },
    ]);
  });

  it('defaults Membership ID to the Member ID and AutoPay to No', () => {
    const [member] = read([
      [...MEMBERS_HEADER, 'Membership ID', 'AutoPay'],
      [...row('M1'), '  ', null],
    ]).records;
    expect(member.membershipId).toBe('M1');
    expect(member.autoPay).toBe(false);
  });

  it('reads a numeric Member ID as its digits', () => {
    expect(read([MEMBERS_HEADER, [1001, 'Ada', 'Active', 'Annual', 45658, 46022]]).records[0].memberId).toBe('1001');
  });

  it.each(['member_id', ' MEMBER ID ', 'Member-Id'])('finds the Member ID column written %p', (header) => {
    const result = read([[header, ...MEMBERS_HEADER.slice(1)], row('M1')]);
    expect(result.missing).toEqual([]);
    expect(result.records[0].memberId).toBe('M1');
  });

  it('reads End Date from a column headed Paid Through', () => {
    const result = read([[...MEMBERS_HEADER.slice(0, 5), 'Paid Through'], row('M1', { end: '2026-06-30' })]);
    expect(result.records[0].endDate).toBe(isoDate('2026-06-30'));
  });

  it('reports an End Date before the Start Date under the header as written and leaves the row out', () => {
    const result = read([[...MEMBERS_HEADER.slice(0, 5), 'Paid Through'], row('M1', { start: '2025-02-01', end: '2025-01-31' }), row('M2')]);
    expect(result.records.map((m) => m.memberId)).toEqual(['M2']);
    expect(result.inputErrors).toEqual([
      { sheet: 'Members', row: 2, column: 'Paid Through', message: 'Paid Through 2025-01-31 is before Start Date 2025-02-01' },
    ]);
  });

  it('reports every row sharing a Membership ID and keeps none of them', () => {
    const header = [...MEMBERS_HEADER, 'Membership ID'];
    const result = read([header, [...row('M1'), 'X'], [...row('M2'), 'Y'], [...row('M3'), 'X']]);
    expect(result.records.map((m) => m.memberId)).toEqual(['M2']);
    expect(result.inputErrors).toEqual([
      { sheet: 'Members', row: 2, column: 'Membership ID', message: "Membership ID 'X' is not unique: it is also on row 4" },
      { sheet: 'Members', row: 4, column: 'Membership ID', message: "Membership ID 'X' is not unique: it is also on row 2" },
    ]);
  });

  it('compares a defaulted Membership ID with written ones', () => {
    const header = [...MEMBERS_HEADER, 'Membership ID'];
    const result = read([header, [...row('M1'), null], [...row('M2'), 'M1']]);
    expect(result.records).toEqual([]);
    expect(result.inputErrors.map((e) => e.row)).toEqual([2, 3]);
  });

  it('names the Member ID column for a shared ID when there is no Membership ID column', () => {
    const result = read([MEMBERS_HEADER, row('M1'), row('M1')]);
    expect(result.inputErrors.map((e) => e.column)).toEqual(['Member ID', 'Member ID']);
  });

  it('counts a row with other errors when checking that Membership IDs are unique', () => {
    const result = read([MEMBERS_HEADER, row('M1', { start: 'soon' }), row('M1')]);
    expect(result.records).toEqual([]);
    expect(result.inputErrors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Start Date'],
      [2, 'Member ID'],
      [3, 'Member ID'],
    ]);
  });

  it.each([
    ['Name', 1],
    ['Email', 6],
  ])('reports #N/A in the %s column and leaves the row out', (column, index) => {
    const header = [...MEMBERS_HEADER, 'Email'];
    const bad: Cell[] = [...row('M1'), 'a@b.org'];
    bad[index] = { error: '#N/A' };
    const result = read([header, bad, [...row('M2'), null]]);
    expect(result.records.map((m) => m.memberId)).toEqual(['M2']);
    expect(result.inputErrors).toEqual([{ sheet: 'Members', row: 2, column, message: `${column} holds the error value #N/A` }]);
  });

  it('collects every error of a row, in column order', () => {
    const result = read([MEMBERS_HEADER, [null, 'Ada', 'Activ', 'Annual', '2026-02-30', 60]]);
    expect(result.inputErrors.map((e) => e.message)).toEqual([
      'Member ID is required but blank',
      "Status 'Activ' is not one of Active, Expired, Dropped, Cancelled, Pending, Grace, Lapsed, Overdue",
      "Start Date '2026-02-30' is not a real date",
      "End Date 1900-02-29 does not exist (Excel's phantom leap day)",
    ]);
  });

  it('keeps the good rows around bad ones, with Excel row numbers when the range starts lower', () => {
    const result = read([[], MEMBERS_HEADER, row('M1'), row('M2', { end: 'x' }), [], row('M3')], context, 3);
    expect(result.records.map((m) => [m.memberId, m.row])).toEqual([
      ['M1', 5],
      ['M3', 8],
    ]);
    expect(result.inputErrors.map((e) => e.row)).toEqual([6]);
  });

  it('reads serials in the 1904 date system', () => {
    const result = read([MEMBERS_HEADER, row('M1', { start: 44196, end: 44560 })], { ...context, date1904: true });
    expect(result.records[0].startDate).toBe(isoDate('2025-01-01'));
    expect(result.records[0].endDate).toBe(isoDate('2025-12-31'));
  });

  it.each<[DateOrder, string]>([
    ['DMY', '2025-04-03'],
    ['MDY', '2025-03-04'],
  ])('reads 03/04/2025 in Date Order %s as %s', (dateOrder, expected) => {
    const result = read([MEMBERS_HEADER, row('M1', { start: '03/04/2025', end: '2025-12-31' })], { ...context, dateOrder });
    expect(result.records[0].startDate).toBe(isoDate(expected));
  });

  it('refuses 03/04/2025 under the default Date Order YMD', () => {
    const result = read([MEMBERS_HEADER, row('M1', { start: '03/04/2025' })]);
    expect(result.records).toEqual([]);
    expect(result.inputErrors[0].message).toMatch(/set Date Order in Settings/);
  });

  it('reports a missing required column', () => {
    const result = read([MEMBERS_HEADER.filter((h) => h !== 'Product'), ['M1', 'Ada', 'Active', 45658, 46022]]);
    expect(result.records).toEqual([]);
    expect(result.missing).toEqual([{ sheet: 'Members', column: 'Product', message: "Sheet Members has no column 'Product'" }]);
  });

  it('reports the missing sheet when there is none', () => {
    expect(readMembers(null, context).missing).toEqual([{ sheet: 'Members', column: null, message: "The workbook has no sheet 'Members'" }]);
  });
});
