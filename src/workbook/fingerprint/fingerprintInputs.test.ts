import { makeRun } from '../../engine/testing/recordBuilders';
import type { SheetGrid } from '../sheetGrid';
import { fingerprintInputs } from './fingerprintInputs';

const members = (endSerial: number): SheetGrid => ({
  name: 'Members',
  firstRow: 1,
  firstColumn: 1,
  cells: [
    ['Member ID', 'End Date'],
    ['M1', endSerial],
  ],
});
const run = makeRun({ id: 'NIGHTLY', leadDays: 30 });

describe('fingerprintInputs', () => {
  it('is the same for the same inputs', () => {
    expect(fingerprintInputs([members(46000)], run, false)).toBe(fingerprintInputs([members(46000)], { ...run }, false));
  });

  it('is the same whichever host read the sheet: blank cells kept or left out, padding columns or rows', () => {
    const padded: SheetGrid = {
      name: 'MEMBERS',
      firstRow: 1,
      firstColumn: 1,
      cells: [['Member ID', 'End Date', null, null], ['M1', 46000, null], [null, null], []],
    };
    const shifted: SheetGrid = {
      name: 'Members',
      firstRow: 1,
      firstColumn: 0,
      cells: [
        [null, 'Member ID', 'End Date'],
        [null, 'M1', 46000],
      ],
    };
    expect(fingerprintInputs([padded], run, false)).toBe(fingerprintInputs([members(46000)], run, false));
    expect(fingerprintInputs([shifted], run, false)).toBe(fingerprintInputs([members(46000)], run, false));
  });

  it('changes when a cell moves to another column or row', () => {
    const moved: SheetGrid = {
      name: 'Members',
      firstRow: 1,
      firstColumn: 1,
      cells: [
        ['Member ID', 'End Date'],
        ['M1', null, 46000],
      ],
    };
    const down: SheetGrid = {
      name: 'Members',
      firstRow: 2,
      firstColumn: 1,
      cells: [
        ['Member ID', 'End Date'],
        ['M1', 46000],
      ],
    };
    expect(fingerprintInputs([moved], run, false)).not.toBe(fingerprintInputs([members(46000)], run, false));
    expect(fingerprintInputs([down], run, false)).not.toBe(fingerprintInputs([members(46000)], run, false));
  });

  it('changes when one cell changes by one day', () => {
    expect(fingerprintInputs([members(46001)], run, false)).not.toBe(fingerprintInputs([members(46000)], run, false));
  });

  it('changes when the run definition changes or the date system differs', () => {
    const base = fingerprintInputs([members(46000)], run, false);
    expect(fingerprintInputs([members(46000)], { ...run, leadDays: 31 }, false)).not.toBe(base);
    expect(fingerprintInputs([members(46000)], run, true)).not.toBe(base);
  });

  it('ignores what posting updates on the run: status, last as-of, last executed at', () => {
    const base = fingerprintInputs([members(46000)], run, false);
    expect(fingerprintInputs([members(46000)], { ...run, status: 'Executed', lastExecutedAt: '2026-11-21T02:00', row: 9 }, false)).toBe(base);
  });

  it('tells an error cell from the same text', () => {
    const withError: SheetGrid = {
      ...members(0),
      cells: [
        ['Member ID', 'End Date'],
        ['M1', { error: '#N/A' }],
      ],
    };
    const withText: SheetGrid = {
      ...members(0),
      cells: [
        ['Member ID', 'End Date'],
        ['M1', '#N/A'],
      ],
    };
    expect(fingerprintInputs([withError], run, false)).not.toBe(fingerprintInputs([withText], run, false));
  });
});
