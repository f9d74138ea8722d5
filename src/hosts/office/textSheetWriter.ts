/// <reference types="office-js" />
import { EXCEL_WEB_LIMITS, withRunOptions, type ExcelRun, type OfficeLimits } from './excelRun';
import { sheetWrites } from './sheetWrites';
import { writeBlockGroup } from './writeBlockGroup';
import { groupBlocks, writeBlocks } from './writeBlocks';

/** Adds sheets of plain text to the live workbook: how the pane hands over a CSV where it cannot download one. */
export interface TextSheetWriter {
  /**
   * Adds a sheet named after `baseName` (made a valid sheet name, and unique with ` (2)`, ` (3)`…),
   * writes `rows` from A1 as text — every cell formatted `@`, so `120` stays `120` and
   * `2026-11-21` is no date — activates it, and resolves to the name the sheet got.
   */
  addTextSheet(baseName: string, rows: readonly (readonly string[])[]): Promise<string>;
}

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/**
 * A sheet name Excel accepts made from `base`: the characters `[ ] : * ? / \` become `-`,
 * apostrophes at either end go, and it is cut to 31 characters (`Sheet` when nothing is left).
 *
 * @example
 * validSheetName('NIGHTLY-invoices-2026-11-21') // → 'NIGHTLY-invoices-2026-11-21'
 * validSheetName("a/b'") // → 'a-b'
 */
export function validSheetName(base: string): string {
  const cleaned = base
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/^'+|'+$/g, '')
    .slice(0, MAX_SHEET_NAME)
    .replace(/'+$/, '')
    .trim();
  return cleaned === '' ? 'Sheet' : cleaned;
}

/**
 * The first of `name`, `name (2)`, `name (3)`… that no sheet has (Excel compares names without case),
 * shortening `name` so the suffix fits in 31 characters.
 *
 * @example
 * uniqueSheetName('Runs', ['runs', 'Runs (2)']) // → 'Runs (3)'
 */
export function uniqueSheetName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toUpperCase()));
  if (!used.has(name.toUpperCase())) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = name.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!used.has(candidate.toUpperCase())) return candidate;
  }
}

/**
 * The text sheet writer on the live workbook through `run` (`Excel.run`, or the model in
 * tests). Rows go in the Office host's blocks (writeBlocks.ts: `@` on every cell, a leading
 * apostrophe doubled so Excel keeps it, requests budgeted on office.js's bytes and retried in
 * halves if Excel refuses one), one sync per group; the sheet is added and named in the first.
 *
 * @example
 * const writer = createTextSheetWriter((options, batch) => Excel.run(options, batch));
 * await writer.addTextSheet('NIGHTLY-invoices-2026-11-21', [['Member ID', 'Name'], ['M1', 'Ann Lee']]); // → 'NIGHTLY-invoices-2026-11-21'
 */
export function createTextSheetWriter(run: ExcelRun, limits: OfficeLimits = EXCEL_WEB_LIMITS): TextSheetWriter {
  const batchRun = withRunOptions(run);
  return {
    addTextSheet: (baseName, rows) =>
      batchRun(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        const name = uniqueSheetName(
          validSheetName(baseName),
          sheets.items.map((s) => s.name),
        );
        const sheet = sheets.add(name);
        // Every field as text, so each cell gets `@` and a leading apostrophe is kept (writeBlocks).
        const width = Math.max(1, ...rows.map((r) => r.length));
        const cells = sheetWrites({
          name,
          rows: rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')),
          tableRows: 0,
          tableColumns: 0,
          tableName: '',
        });
        for (const group of groupBlocks(writeBlocks(cells, false, limits), limits)) await writeBlockGroup(context, group);
        sheet.activate();
        await context.sync();
        return name;
      }),
  };
}
