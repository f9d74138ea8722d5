import { isoDate } from '../../engine/dates/isoDate';
import { planRun } from '../../engine/plan/planRun';
import { d, makeMember, makeProduct, makeRecords, makeRun } from '../../engine/testing/recordBuilders';
import { PREVIEW_COLUMNS } from './previewColumns';
import { previewSheet, SUMMARY_COLUMN } from './previewSheet';

const run = makeRun({ id: 'NIGHTLY', actions: ['renew', 'drop'], leadDays: 30 });
const plan = planRun({ records: makeRecords({ members: [makeMember({ memberId: 'A', endDate: d('2026-12-01') })] }), run, asOf: isoDate('2026-11-21') });
const inputErrors = [{ sheet: 'Members', row: 7, column: 'End Date', message: "End Date '2026-02-30' is not a real date" }];

describe('previewSheet', () => {
  const sheet = previewSheet({ plan, inputErrors, fingerprint: 'abc' });

  it('is named after the run and has the SPEC columns as its header', () => {
    expect(sheet.name).toBe('Preview NIGHTLY');
    expect(sheet.rows[0].slice(0, PREVIEW_COLUMNS.length)).toEqual([...PREVIEW_COLUMNS]);
    expect(sheet.tableColumns).toBe(20);
  });

  it('writes one row per item with dates as date cells and Include = Yes', () => {
    const row = sheet.rows[1];
    expect(row.slice(0, 5)).toEqual(['renew:A', 'renew', 'ready', null, 'Yes']);
    expect(row[12]).toEqual({ date: isoDate('2026-12-02') });
    expect(row.slice(15, 17)).toEqual([120, 'USD']);
  });

  it('adds a row per input error inside the table', () => {
    expect(sheet.tableRows).toBe(3);
    expect(sheet.rows[2].slice(0, 4)).toEqual([
      'input:Members!7:End Date',
      'input error',
      'error',
      "Members row 7, End Date: End Date '2026-02-30' is not a real date",
    ]);
  });

  it('puts the run, fingerprint, statistics and warnings beside the table', () => {
    const side = sheet.rows.map((r) => r.slice(SUMMARY_COLUMN));
    expect(side[0]).toEqual(['Run', 'NIGHTLY']);
    expect(side[5]).toEqual(['Fingerprint', 'abc']);
    expect(side).toContainEqual(['Action', 'Status', 'Count', 'Amount USD']);
    expect(side).toContainEqual(['renew', 'ready', 1, 120]);
    expect(side).toContainEqual(['Setup Warning', 'Message']);
  });

  it('writes No in Include for excluded items', () => {
    const excludedPlan = planRun({
      records: makeRecords({ members: [makeMember({ memberId: 'A', endDate: d('2026-12-01') })] }),
      run,
      asOf: isoDate('2026-11-21'),
      excludedKeys: new Set(['renew:A']),
    });
    expect(previewSheet({ plan: excludedPlan, inputErrors: [], fingerprint: 'x' }).rows[1][4]).toBe('No');
  });

  it('gives the statistics one amount column per currency, never their sum, when the plan has USD and EUR', () => {
    const records = makeRecords({
      products: [makeProduct({ product: 'Annual', price: 120 }), makeProduct({ product: 'Annual EU', price: 90, currency: 'EUR' })],
      members: [
        makeMember({ memberId: 'A', endDate: d('2026-12-01') }),
        makeMember({ memberId: 'B', membershipId: 'B', product: 'Annual EU', endDate: d('2026-12-01') }),
      ],
    });
    const mixed = previewSheet({ plan: planRun({ records, run, asOf: isoDate('2026-11-21') }), inputErrors: [], fingerprint: 'x' });
    const side = mixed.rows.map((r) => r.slice(SUMMARY_COLUMN));
    expect(side).toContainEqual(['Action', 'Status', 'Count', 'Amount USD', 'Amount EUR']);
    expect(side).toContainEqual(['renew', 'ready', 2, 120, 90]);
    expect(mixed.rows.slice(1, 3).map((r) => r.slice(15, 17))).toEqual([
      [120, 'USD'],
      [90, 'EUR'],
    ]);
  });
});
