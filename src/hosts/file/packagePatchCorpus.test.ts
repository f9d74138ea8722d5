import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellWrite } from '../../workbook/edit/cellWrite';
import type { Cell, SheetGrid } from '../../workbook/sheetGrid';
import { Refusal } from '../refusal';
import { nodeCodecs } from './nodeCodecs';
import { InflateBudget } from './package/inflateBudget';
import { inflatePart } from './package/inflatePart';
import { EXCEL_LIMITS } from './package/packageModel';
import { readZip } from './package/readZip';
import { joinPieces } from './package/writeZip';
import { PackageWorkbookHost } from './packageWorkbookHost';

/**
 * The patcher on the shared corpus of workbooks written by other tools (../shared/corpus, never
 * copied into the repository): cells written into every sheet of every file that reads — one in
 * the middle of the sheet, one on a new row below it — give, streamed with Node's codecs (the
 * part patched as it inflates, rows skipped by native search), exactly the parts the whole-part
 * patch without search gives; and reading the output back finds the written values and every
 * other cell as it was.
 */
const CORPUS = join(__dirname, '../../../../shared/corpus');
const present = existsSync(CORPUS);
const files = present ? readdirSync(CORPUS).filter((f) => /\.xls[xm]$/.test(f)) : [];

/** The writes for one file: per sheet, text into a cell of its middle row, a number on a new row under it. */
function writesFor(sheets: readonly SheetGrid[]): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const grid of sheets) {
    const rows = grid.cells.length;
    const newRow = grid.firstRow + rows + 1;
    if (newRow > EXCEL_LIMITS.maxRows) continue;
    if (rows > 0) writes.push({ sheet: grid.name, row: grid.firstRow + Math.floor(rows / 2), column: grid.firstColumn, value: 'Patched ✓ Ωμέγα' });
    writes.push({ sheet: grid.name, row: newRow, column: grid.firstColumn + 1, value: 42.5 });
  }
  return writes;
}

/** Every part of a saved package, inflated, by name. */
function parts(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, entry] of readZip(bytes, EXCEL_LIMITS)) out.set(name, Buffer.from(inflatePart(entry, new InflateBudget(2 ** 30))).toString('latin1'));
  return out;
}

/** The cells of a grid by Excel address (row:column), empty cells left out. */
function byAddress(grid: SheetGrid): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && cell !== undefined) cells.set(`${grid.firstRow + r}:${grid.firstColumn + c}`, cell);
    }),
  );
  return cells;
}

describe('the patcher on the shared corpus', () => {
  it('finds the corpus (required under CI)', () => {
    if (process.env.CI === 'true') expect(present).toBe(true);
  });

  it.each(files.length > 0 ? files : ['(no corpus)'])(
    '%s: streamed and skipping = whole and row by row; written cells read back, others kept',
    async (file) => {
      if (!present) return;
      const bytes = readFileSync(join(CORPUS, file));
      let streamedHost: PackageWorkbookHost;
      let before: SheetGrid[];
      try {
        streamedHost = PackageWorkbookHost.fromBytes(bytes, nodeCodecs());
        before = (await streamedHost.readWorkbook()).sheets;
        for (const sheet of before) void sheet.cells; // sheets beyond SPEC §2's are read on demand
      } catch (e) {
        if (e instanceof Refusal) return; // refused files are the reader's corpus test's business
        throw e;
      }
      const writes = writesFor(before);
      if (writes.length === 0) return;
      const expectedBefore = before.map((grid) => ({ name: grid.name, cells: byAddress(grid) }));
      streamedHost.writeCellsSync(writes);
      const streamed = joinPieces(await streamedHost.toPieces());
      const wholeHost = PackageWorkbookHost.fromBytes(bytes);
      wholeHost.writeCellsSync(writes);
      const whole = wholeHost.toBytes();

      const a = parts(streamed);
      const b = parts(whole);
      expect([...a.keys()]).toEqual([...b.keys()]);
      for (const [name, content] of a) expect({ name, same: content === b.get(name) }).toEqual({ name, same: true });

      const after = PackageWorkbookHost.fromBytes(streamed).readWorkbookSync().sheets;
      for (const { name, cells } of expectedBefore) {
        const grid = after.find((g) => g.name === name)!;
        const now = byAddress(grid);
        const written = writes.filter((w) => w.sheet === name);
        for (const w of written)
          expect({ name, at: `${w.row}:${w.column}`, value: now.get(`${w.row}:${w.column}`) }).toEqual({ name, at: `${w.row}:${w.column}`, value: w.value });
        const writtenAt = new Set(written.map((w) => `${w.row}:${w.column}`));
        for (const [at, cell] of cells) if (!writtenAt.has(at)) expect({ name, at, cell: now.get(at) }).toEqual({ name, at, cell });
      }
    },
  );
});
