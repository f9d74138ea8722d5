import { readFileSync } from 'node:fs';
import { denseRows, editXlsx, sheetNames, sheetRowsByHeader, writeXlsxFixture } from '../fixtures/xlsxFixture';
import { SMALL_AS_OF, smallBook } from '../fixtures/smallBook';
import { cli } from './runCliInProcess';

const preview = (path: string) => cli(['preview', path, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF]);
const post = (path: string, ...extra: string[]) => cli(['post', path, '--run', 'NIGHTLY', ...extra]);
const revert = (path: string) => cli(['revert', path, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF]);

const rowsOf = sheetRowsByHeader;

/** Sets Include = No on the preview rows with these keys (as staff would in Excel). */
function exclude(path: string, keys: string[]): void {
  editXlsx(path, (wb) => {
    for (const row of denseRows(wb, 'Preview NIGHTLY').slice(1)) if (keys.includes(String(row[0]?.v))) row[4] = { t: 's', v: 'No' };
  });
}

/** Sorts the preview table by Key descending, as staff might. */
function sortPreview(path: string): void {
  editXlsx(path, (wb) => {
    const data = denseRows(wb, 'Preview NIGHTLY');
    const body = data.slice(1).filter((r) => r[0]?.v && String(r[0].v).includes(':'));
    const sorted = [...body].sort((a, b) => String(b[0].v).localeCompare(String(a[0].v)));
    const sides = data.slice(1, sorted.length + 1).map((r) => r.slice(20));
    sorted.forEach((row, i) => {
      data[i + 1] = [...row.slice(0, 20), ...sides[i]];
    });
  });
}

describe('renewal-runs post', () => {
  it('applies the reviewed items exactly as SPEC §3 and §5 say', async () => {
    const path = writeXlsxFixture(smallBook());
    await preview(path);
    const result = await post(path);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const invoices = rowsOf(path, 'Invoices');
    // renewals appended with IDs continuing the highest number (INV-000002), first notices recorded
    expect(invoices.slice(2).map((i) => [i['Invoice ID'], i['Membership ID'], i.Status, i['Notices Sent'], i.Amount, i.Balance])).toEqual([
      ['INV-000003', 'M1', 'Open', 1, 120, 120],
      ['INV-000004', 'M3', 'Open', 1, 120, 120],
    ]);
    // the notice on the existing invoice is counted
    expect(invoices[1]['Notices Sent']).toBe(2);
    // the drop: status, termination date, its open invoice cancelled, member type (no other active membership)
    const m4 = rowsOf(path, 'Members').find((m) => m['Member ID'] === 'M4');
    expect(m4).toMatchObject({ Status: 'Dropped', 'Member Type': 'Non-Member', 'Termination Date': 46347 });
    expect(invoices[0]).toMatchObject({ 'Invoice ID': 'INV-000001', Status: 'Cancelled', Balance: 0 });
    // run log, run definition, journal, batch sheets with totals
    expect(rowsOf(path, 'Run Log')).toEqual([
      expect.objectContaining({ 'Run ID': 'NIGHTLY', Status: 'Posted', 'Renew Count': 2, 'Renew Amount': 240, 'Drop Count': 1, 'Notify Count': 3 }),
    ]);
    expect(rowsOf(path, 'Runs')[0]).toMatchObject({ Status: 'Executed', 'Last As Of': 46347 });
    // every changed cell with its previous value: one Journal line per changed row
    expect(rowsOf(path, 'Journal').find((line) => line.Sheet === 'Members' && line.Row === 5)).toMatchObject({
      'Run ID': 'NIGHTLY',
      Cells: 'E5 K5 D5',
      Previous: '["Active",null,"Regular"]',
      New: '["Dropped",{"date":"2026-11-21"},"Non-Member"]',
    });
    expect(sheetNames(path)).toEqual(expect.arrayContaining(['NIGHTLY Invoices', 'NIGHTLY Notices', 'NIGHTLY Drops']));
    const batch = rowsOf(path, 'NIGHTLY Invoices');
    expect(batch.map((r) => r['Invoice ID'])).toEqual(['INV-000003', 'INV-000004', null]);
    expect(batch[0]).toMatchObject({ 'Member ID': 'M1', Name: 'Member M1', Email: 'm1@example.org' });
  });

  it('keeps extra columns and values untouched', async () => {
    const path = writeXlsxFixture(smallBook());
    await preview(path);
    await post(path);
    const members = rowsOf(path, 'Members');
    expect(members[0].Notes).toBe('keep me');
    expect(members.map((m) => m['Member ID'])).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'M6']);
  });

  it('leaves out excluded items and the notices that depend on them, even after staff sorted the sheet', async () => {
    const path = writeXlsxFixture(smallBook());
    await preview(path);
    sortPreview(path);
    exclude(path, ['renew:M1', 'drop:M4']);
    expect((await post(path)).code).toBe(0);
    const invoices = rowsOf(path, 'Invoices');
    expect(invoices.map((i) => i['Membership ID'])).toEqual(['M4', 'M5', 'M3']);
    expect(invoices[2]).toMatchObject({ 'Invoice ID': 'INV-000003', 'Notices Sent': 1 });
    expect(rowsOf(path, 'Members').find((m) => m['Member ID'] === 'M4')?.Status).toBe('Active');
    // M4 is not dropped, so it is due a notice — but staff never reviewed one: it waits for a refresh
    expect(invoices[0]).toMatchObject({ 'Invoice ID': 'INV-000001', Status: 'Open', 'Notices Sent': 4 });
    const inBatches = JSON.stringify(['NIGHTLY Invoices', 'NIGHTLY Notices'].map((sheet) => rowsOf(path, sheet)));
    expect(inBatches).not.toContain('M1');
  });

  it('keeps exclusions when the preview is refreshed, and shows what they bring in', async () => {
    const path = writeXlsxFixture(smallBook());
    await preview(path);
    exclude(path, ['drop:M4']);
    await preview(path);
    const rows = rowsOf(path, 'Preview NIGHTLY');
    expect(rows.find((r) => r.Key === 'drop:M4')).toMatchObject({ Status: 'excluded', Include: 'No' });
    expect(rows.find((r) => r.Key === 'notify:INV-000001')).toMatchObject({ Status: 'ready', Include: 'Yes', 'Notice Number': 5 });
    expect((await post(path)).code).toBe(0);
    expect(rowsOf(path, 'Invoices')[0]).toMatchObject({ 'Invoice ID': 'INV-000001', 'Notices Sent': 5 });
  });

  it('drops exclusions when the run is previewed for another date', async () => {
    const path = writeXlsxFixture(smallBook());
    await preview(path);
    exclude(path, ['renew:M1']);
    await cli(['preview', path, '--run', 'NIGHTLY', '--as-of', '2026-11-22']);
    expect(rowsOf(path, 'Preview NIGHTLY').find((r) => r.Key === 'renew:M1')).toMatchObject({ Include: 'Yes' });
  });

  it.each([
    ['there is no preview', (path: string) => path, /no 'Preview NIGHTLY' sheet/],
    [
      'the inputs changed since the preview',
      async (path: string) => {
        await preview(path);
        editXlsx(path, (wb) => {
          denseRows(wb, 'Members')[2][7] = { t: 'n', v: 46400, z: 'yyyy-mm-dd' };
        });
        return path;
      },
      /changed since its preview.*Refresh the preview/,
    ],
    [
      'it is already posted',
      async (path: string) => {
        await preview(path);
        expect((await post(path)).code).toBe(0);
        return path;
      },
      /already posted/,
    ],
    [
      'the as-of date differs from the preview',
      async (path: string) => {
        await preview(path);
        return path;
      },
      /its preview is as of 2026-11-21/,
    ],
  ])('is refused with exit 1 and the file byte-for-byte unchanged when %s', async (label, arrange, message) => {
    const path = await arrange(writeXlsxFixture(smallBook()));
    const before = readFileSync(path);
    const result = label.includes('as-of') ? await post(path, '--as-of', '2026-11-22') : await post(path);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('renewal-runs revert', () => {
  it('restores every cell of every sheet the post changed and marks the Run Log row Reverted', async () => {
    const path = writeXlsxFixture(smallBook());
    await preview(path);
    const beforePost = Object.fromEntries(['Members', 'Invoices', 'Runs'].map((s) => [s, rowsOf(path, s)]));
    expect((await post(path)).code).toBe(0);
    const result = await revert(path);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const sheet of ['Members', 'Invoices', 'Runs']) expect(rowsOf(path, sheet)).toEqual(beforePost[sheet]);
    expect(rowsOf(path, 'Run Log')[0].Status).toBe('Reverted');
    expect(sheetNames(path).filter((n) => n.startsWith('NIGHTLY '))).toEqual([]);
  });

  it('lets the run be posted again after a revert, to the same result', async () => {
    const path = writeXlsxFixture(smallBook());
    await preview(path);
    await post(path);
    const afterFirst = rowsOf(path, 'Invoices');
    await revert(path);
    await preview(path);
    expect((await post(path)).code).toBe(0);
    expect(rowsOf(path, 'Invoices')).toEqual(afterFirst);
    expect((await revert(path)).code).toBe(0);
  });

  it('is refused, naming what depends on it, when a later change touched its invoices', async () => {
    const path = writeXlsxFixture(smallBook());
    await preview(path);
    await post(path);
    editXlsx(path, (wb) => {
      const invoices = denseRows(wb, 'Invoices');
      invoices[3][7] = { t: 'n', v: 0 }; // INV-000003 Balance paid down to 0
      invoices[3][8] = { t: 's', v: 'Paid' };
    });
    const before = readFileSync(path);
    const result = await revert(path);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Invoices row 4, Balance: now 0, the post wrote 120/);
    expect(result.stderr).toMatch(/Invoices row 4, Status: now "Paid", the post wrote "Open"/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('is refused when the run was never posted', async () => {
    const path = writeXlsxFixture(smallBook());
    const result = await revert(path);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the Run Log has no post of it');
  });
});

describe('renewal-runs post, batch sheets', () => {
  it('removes a batch sheet of an earlier post when this post has no rows of that kind', async () => {
    const path = writeXlsxFixture(smallBook());
    await preview(path);
    await post(path);
    expect(sheetNames(path)).toContain('NIGHTLY Drops');
    // The next day nobody crosses the drop line: the old Drops batch must not survive.
    await cli(['preview', path, '--run', 'NIGHTLY', '--as-of', '2026-11-22']);
    expect((await post(path)).code).toBe(0);
    expect(sheetNames(path)).not.toContain('NIGHTLY Drops');
  });
});
