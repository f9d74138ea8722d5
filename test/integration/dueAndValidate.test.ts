import { writeXlsxFixture } from '../fixtures/xlsxFixture';
import { smallBook } from '../fixtures/smallBook';
import { cli } from './runCliInProcess';

function scheduledBook() {
  const book = smallBook();
  book.Runs = [
    ['Run ID', 'Name', 'Actions', 'Lead Days', 'Drop After Days', 'Frequency', 'Day', 'Pre-Processing Lead Days', 'Last As Of'],
    ['NIGHTLY', 'Nightly', 'renew, notify, drop', 30, 60, 'daily', null, 0, { iso: '2026-11-19' }],
    ['MONTHLY', 'Month end', 'renew, notify', 30, null, 'monthly', 31, 3, { iso: '2026-10-31' }],
    ['ADHOC', 'On demand', 'renew', 30, null, null, null, null, null],
  ];
  return book;
}

describe('renewal-runs due', () => {
  it('lists scheduled runs with occurrence, pre-processing date and due flag, due first', async () => {
    const result = await cli(['due', writeXlsxFixture(scheduledBook()), '--as-of', '2026-11-21', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      runs: [
        { id: 'NIGHTLY', name: 'Nightly', occurrence: '2026-11-20', preProcessingDate: '2026-11-20', due: true },
        { id: 'MONTHLY', name: 'Month end', occurrence: '2026-11-30', preProcessingDate: '2026-11-27', due: false },
      ],
    });
  });

  it('makes the month-end run due on its pre-processing date', async () => {
    const json = JSON.parse((await cli(['due', writeXlsxFixture(scheduledBook()), '--as-of', '2026-11-27', '--json'])).stdout);
    expect(json.runs.find((r: { id: string }) => r.id === 'MONTHLY').due).toBe(true);
  });

  it('previews a scheduled run as of its due occurrence when --as-of is not given', async () => {
    const result = await cli(['preview', writeXlsxFixture(scheduledBook()), '--run', 'NIGHTLY', '--json']);
    expect(JSON.parse(result.stdout).run.asOf).toBe('2026-11-20');
  });
});

describe('renewal-runs validate', () => {
  it('lists input errors and setup warnings and exits 0', async () => {
    const book = smallBook();
    book.Members[2][4] = 'Suspended'; // not a status ('Lapsed' now is one: a Grace Status, SPEC §11)
    book.Runs[1][6] = 20; // Drop After Days 20 < 30 and < interval 14? no: 20 > 14
    const result = await cli(['validate', writeXlsxFixture(book)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Members row 3, Status/);
    expect(result.stdout).toContain('DROP_TOO_QUICK');
  });
});
