/// <reference types="office-js" />
import { EXCEL_WEB_LIMITS, withRunOptions, type ExcelRun, type OfficeLimits } from './excelRun';

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
 * What is written into a text cell so the cell holds `text`: Excel takes a leading apostrophe
 * as its quote prefix and drops it (office-js #6687), so a field that starts with one — a
 * CSV field neutralised against formula injection, `'=HYPERLINK(…)` — gets a second one and
 * keeps its quote, and a CSV saved from the sheet stays neutralised.
 */
function cellText(text: string): string {
  return text.startsWith("'") ? `'${text}` : text;
}

/** Rough JSON size of one written row: its values and its `@` formats. */
function rowBytes(row: readonly string[], width: number): number {
  let bytes = width * 8;
  for (const text of row) bytes += text.length * 2 + 4;
  return bytes;
}

/**
 * The text sheet writer on the live workbook through `run` (`Excel.run`, or the model in
 * tests). Rows go in blocks that keep each request under the payload limit (Excel on the web:
 * 5 MB per request), one sync each; the sheet is added and named in the first.
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
        const width = Math.max(1, ...rows.map((r) => r.length));
        const budget = Math.floor(limits.payloadBytes / 2);
        let start = 0;
        while (start < rows.length) {
          let end = start;
          let bytes = 0;
          while (
            end < rows.length &&
            (end === start || (bytes + rowBytes(rows[end], width) <= budget && (end - start + 1) * width <= limits.cellsPerOperation))
          ) {
            bytes += rowBytes(rows[end], width);
            end++;
          }
          const block = rows.slice(start, end);
          const range = sheet.getRangeByIndexes(start, 0, block.length, width);
          range.numberFormat = block.map(() => Array<string>(width).fill('@'));
          range.values = block.map((row) => Array.from({ length: width }, (_, c) => cellText(row[c] ?? '')));
          await context.sync();
          start = end;
        }
        sheet.activate();
        await context.sync();
        return name;
      }),
  };
}
