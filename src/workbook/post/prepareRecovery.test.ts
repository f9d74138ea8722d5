import { isoDate } from '../../engine/dates/isoDate';
import type { ReadContext } from '../read/readContext';
import type { Cell, WorkbookGrids } from '../sheetGrid';
import { prepareRecoveries } from './prepareRecovery';

const CONTEXT: ReadContext = { date1904: false, dateOrder: 'YMD' };
const AS_OF_SERIAL = 46347; // 2026-11-21
const SINCE = '2026-11-21T10:02:00Z';
const PANE_A = 'pane:aaaa';
const PANE_B = 'pane:bbbb';

/** A Run Log holding one `Posting` row (row 2) with the given Posting By and Since; no Journal. */
function bookWith(postingBy: Cell, postingSince: Cell): WorkbookGrids {
  return {
    date1904: false,
    sheets: [
      {
        name: 'Run Log',
        firstRow: 1,
        firstColumn: 1,
        cells: [
          ['Run ID', 'As Of', 'Executed At', 'Status', 'Fingerprint', 'Posting By', 'Posting Since'],
          ['NIGHTLY', AS_OF_SERIAL, SINCE, 'Posting', 'abc', postingBy, postingSince],
        ],
      },
    ],
  };
}

/** A Run Log as versions before Posting By/Since wrote it. */
const OLD_BOOK: WorkbookGrids = {
  date1904: false,
  sheets: [
    {
      name: 'Run Log',
      firstRow: 1,
      firstColumn: 1,
      cells: [
        ['Run ID', 'As Of', 'Executed At', 'Status', 'Fingerprint'],
        ['NIGHTLY', AS_OF_SERIAL, SINCE, 'Posting', 'abc'],
      ],
    },
  ],
};

const kinds = (book: WorkbookGrids, session: string, now: string) =>
  prepareRecoveries(book, CONTEXT, { session, now }).map((r) => (r.kind === 'rollBack' ? r.reason : r.kind));

describe('prepareRecoveries', () => {
  it("rolls back the session's own Posting row, however fresh", () => {
    const [recovery] = prepareRecoveries(bookWith(PANE_A, SINCE), CONTEXT, { session: PANE_A, now: '2026-11-21T10:03:00Z' });
    expect(recovery).toEqual(expect.objectContaining({ kind: 'rollBack', reason: 'own', runId: 'NIGHTLY', logRow: 2 }));
    expect(recovery.kind === 'rollBack' && recovery.writes).toEqual([{ sheet: 'Run Log', row: 2, column: 4, value: 'Rolled Back' }]);
  });

  it('leaves a fresh Posting row of another session alone, saying whose and since when', () => {
    expect(prepareRecoveries(bookWith(PANE_A, SINCE), CONTEXT, { session: PANE_B, now: '2026-11-21T10:05:00Z' })).toEqual([
      { kind: 'leaveAlone', runId: 'NIGHTLY', asOf: isoDate('2026-11-21'), logRow: 2, postingBy: PANE_A, postingSince: SINCE },
    ]);
  });

  it('rolls back a Posting row of another session older than the limit', () => {
    expect(kinds(bookWith(PANE_A, SINCE), PANE_B, '2026-11-21T10:30:00Z')).toEqual(['stale']);
  });

  it.each([
    ['exactly 15 minutes old: still fresh', '2026-11-21T10:17:00Z', 'leaveAlone'],
    ['one second past the limit: stale', '2026-11-21T10:17:01Z', 'stale'],
    ['from a clock ahead of this one: fresh', '2026-11-21T09:50:00Z', 'leaveAlone'],
  ])('judges a row %s', (_, now, kind) => {
    expect(kinds(bookWith(PANE_A, SINCE), PANE_B, now)).toEqual([kind]);
  });

  it('rolls back a Posting row written before the Posting By/Since columns existed', () => {
    expect(kinds(OLD_BOOK, PANE_B, '2026-11-21T10:03:00Z')).toEqual(['unclaimed']);
  });

  it.each([
    ['no Posting By', null, SINCE],
    ['no Posting Since', PANE_A, null],
  ])('rolls back a Posting row with %s', (_, by, since) => {
    expect(kinds(bookWith(by, since), PANE_B, '2026-11-21T10:03:00Z')).toEqual(['unclaimed']);
  });

  it('reads a Posting Since typed over as a date-time serial as UTC', () => {
    // 46347 + 10:02/24h — Excel turned the text into a serial when someone re-entered it.
    const serial = AS_OF_SERIAL + (10 * 60 + 2) / 1440;
    expect(kinds(bookWith(PANE_A, serial), PANE_B, '2026-11-21T10:17:00Z')).toEqual(['leaveAlone']);
    expect(kinds(bookWith(PANE_A, serial), PANE_B, '2026-11-21T10:18:00Z')).toEqual(['stale']);
  });

  it('does not change the workbook it reads', () => {
    const book = bookWith(PANE_A, SINCE);
    const copy = JSON.parse(JSON.stringify(book));
    prepareRecoveries(book, CONTEXT, { session: PANE_B, now: '2026-11-21T11:00:00Z' });
    expect(book).toEqual(copy);
  });
});
