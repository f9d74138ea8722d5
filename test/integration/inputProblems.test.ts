import { readFileSync, writeFileSync } from 'node:fs';
import { writeXlsxFixture } from '../fixtures/xlsxFixture';
import { SMALL_AS_OF, smallBook } from '../fixtures/smallBook';
import { cli } from './runCliInProcess';

const preview = (path: string, ...extra: string[]) => cli(['preview', path, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF, ...extra]);

describe('renewal-runs input problems', () => {
  it('reports #N/A cells as input errors and still plans every other row', async () => {
    const book = smallBook();
    book.Members[1][7] = { error: '#N/A' }; // M1 End Date
    book.Members[3][9] = { error: '#N/A' }; // M3 Notes: an extra column is not read, so no error
    const result = await preview(writeXlsxFixture(book), '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.inputErrors).toEqual([expect.objectContaining({ sheet: 'Members', row: 2, column: 'End Date' })]);
    expect(json.inputErrors[0].message).toContain('#N/A');
    const keys = json.items.map((i: { key: string }) => i.key);
    expect(keys).not.toContain('renew:M1');
    expect(keys).toContain('renew:M3');
  });

  it('shows input errors as rows of the preview sheet', async () => {
    const book = smallBook();
    book.Members[2][6] = '2026-02-30';
    const path = writeXlsxFixture(book);
    const result = await preview(path);
    expect(result.stdout).toMatch(/Members row 3, Start Date: /);
  });

  it('reads odd header spellings, the Paid Through alias and free column order', async () => {
    const book = smallBook();
    book.Members[0] = ['member_id', ' NAME ', 'e-mail', 'MemberType', 'STATUS', 'product', 'Start-Date', 'Paid Through', 'Auto Pay', 'Notes'];
    book.Products = [
      ['term_months', 'PRICE', 'Product'],
      [12, 120, 'Annual'],
    ];
    const result = await preview(writeXlsxFixture(book), '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.inputErrors).toEqual([]);
    expect(json.items.map((i: { key: string }) => i.key)).toContain('renew:M1');
  });

  it('gives the same plan for a workbook in the 1904 date system', async () => {
    const plain = JSON.parse((await preview(writeXlsxFixture(smallBook()), '--json')).stdout);
    const book1904 = JSON.parse((await preview(writeXlsxFixture(smallBook(), { date1904: true }), '--json')).stdout);
    expect(book1904.items).toEqual(plain.items);
  });

  it.each([
    ['DMY', '10/12/2026', '2026-12-10'],
    ['MDY', '12/10/2026', '2026-12-10'],
    ['YMD', '2026/12/10', '2026-12-10'],
  ])('reads text dates in the %s Date Order', async (order, text, iso) => {
    const book = smallBook();
    book.Members[1][7] = text;
    book.Settings = [
      ['Setting', 'Value'],
      ['Date Order', order],
    ];
    const json = JSON.parse((await preview(writeXlsxFixture(book), '--json')).stdout);
    expect(json.inputErrors).toEqual([]);
    expect(json.items[0]).toMatchObject({ key: 'renew:M1', endDate: iso });
  });

  it('refuses ambiguous text dates when no Date Order is set', async () => {
    const book = smallBook();
    book.Members[1][7] = '10/12/2026';
    const json = JSON.parse((await preview(writeXlsxFixture(book), '--json')).stdout);
    expect(json.inputErrors).toEqual([expect.objectContaining({ sheet: 'Members', row: 2, column: 'End Date' })]);
  });

  it('refuses a workbook with a missing required column, naming it, and writes nothing', async () => {
    const book = smallBook();
    book.Members = book.Members.map((row) => row.filter((_, c) => c !== 5)); // no Product column
    const path = writeXlsxFixture(book);
    const before = readFileSync(path);
    const result = await preview(path);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Members/);
    expect(result.stderr).toMatch(/Product/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a workbook without a Runs sheet', async () => {
    const book = smallBook();
    delete (book as Record<string, unknown>).Runs;
    const result = await cli(['validate', writeXlsxFixture(book)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Runs/);
  });

  it('refuses an unknown run ID with exit 1, listing the runs there are', async () => {
    const result = await cli(['preview', writeXlsxFixture(smallBook()), '--run', 'WEEKLY']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Unknown run ID 'WEEKLY'");
    expect(result.stderr).toContain('NIGHTLY');
  });

  it('refuses a file that is not a workbook with exit 1 and a one-line message', async () => {
    const path = writeXlsxFixture(smallBook());
    writeFileSync(path, 'Member ID,Name\nM1,Ada\n');
    const result = await preview(path);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`renewal-runs: ${path} is not an Excel workbook (.xlsx)`);
  });

  it('refuses a missing file with exit 1', async () => {
    const result = await preview('/nonexistent/book.xlsx');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no such file');
  });

  it.each([
    [['frobnicate'], 'unknown command'],
    [['preview', 'book.xlsx'], 'missing --run'],
    [['preview', '--run', 'X'], 'missing BOOK'],
    [['preview', 'book.xlsx', '--run', 'X', '--colour'], 'unknown flag --colour'],
    [['preview', 'book.xlsx', '--run', 'X', '--as-of', '2026-02-30'], '--as-of must be a real date'],
    [['preview', 'book.xlsx', '--run'], '--run needs a value'],
    [['due', 'a.xlsx', 'b.xlsx'], "unexpected argument 'b.xlsx'"],
  ])('exits 2 on the usage error %j', async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
