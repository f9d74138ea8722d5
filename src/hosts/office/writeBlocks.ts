import { dateToSerial } from '../../workbook/cells/excelSerial';
import type { CellWrite } from '../../workbook/edit/cellWrite';
import { DATE_FORMAT, isDateCell, OutputCell } from '../../workbook/outputGrid';
import type { OfficeLimits } from './excelRun';
import { blockRequestBytes, REQUEST_ENVELOPE_BYTES, SHEET_PROXY_BYTES, utf8Length } from './requestBytes';

/** The number format that makes Excel keep text as typed: never a formula, number or date. */
export const TEXT_FORMAT = '@';

/** The format a number or boolean cell gets when the sheet has it as text (`@`): Excel's default. */
export const GENERAL_FORMAT = 'General';

/**
 * A rectangle of cells to write in one range operation. In `values`, `null` leaves a cell as
 * it is (Office.js semantics) and `''` clears it; formats likewise `null` = unchanged.
 */
export interface WriteBlock {
  sheet: string;
  row0: number;
  column0: number;
  values: (string | number | boolean | null)[][];
  /**
   * The number format each cell gets before its value: `@` on text, the date format on dates,
   * `null` elsewhere; `null` when the block has neither.
   */
  formats: (string | null)[][] | null;
  /**
   * True where a number or boolean is written: such a cell must not stay `@`, or Excel keeps
   * the number as text (numberFormatFixes.ts); `null` when the block has none.
   */
  numberCells: boolean[][] | null;
  /** What the block adds to a request as office.js serialises it (requestBytes.ts). */
  bytes: number;
}

/**
 * Turns cell writes into as few rectangular blocks as the writes allow: each row's cells from
 * its first to its last written column (gaps left unchanged), consecutive rows with the same
 * span merged, and blocks split by rows so none exceeds the limits. A later write to the same
 * cell wins. Every text cell gets the text format, so Excel never turns `=…`, `0012` or
 * `1/2` into a formula, number or date (SPEC §7); every date cell the date format; every
 * number cell is marked, so a `@` left on it can be reset before the number is written —
 * except on a `freshSheet` the host has just added, where no cell is `@` and each block is
 * counted on exactly what it sends.
 *
 * @example
 * writeBlocks([{ sheet: 'Invoices', row: 7, column: 13, value: 2 }], false, EXCEL_WEB_LIMITS)
 * // → [{ sheet: 'Invoices', row0: 6, column0: 12, values: [[2]], … }]
 */
export function writeBlocks(writes: readonly CellWrite[], date1904: boolean, limits: OfficeLimits, freshSheet = false): WriteBlock[] {
  const bySheet = new Map<string, Map<number, Map<number, OutputCell>>>();
  for (const w of writes) {
    let rows = bySheet.get(w.sheet);
    if (!rows) bySheet.set(w.sheet, (rows = new Map()));
    let row = rows.get(w.row);
    if (!row) rows.set(w.row, (row = new Map()));
    row.set(w.column, w.value);
  }
  const blocks: WriteBlock[] = [];
  for (const [sheet, rows] of bySheet) {
    const ordered = [...rows.entries()].sort((a, b) => a[0] - b[0]);
    let run: { first: number; min: number; max: number; rows: Map<number, OutputCell>[] } | null = null;
    const flush = () => {
      if (run) blocks.push(...splitBlock(toBlock(sheet, run.first, run.min, run.max, run.rows, date1904, freshSheet), limits));
    };
    for (const [rowNumber, cells] of ordered) {
      const columns = [...cells.keys()];
      const min = Math.min(...columns);
      const max = Math.max(...columns);
      if (run && rowNumber === run.first + run.rows.length && min === run.min && max === run.max) {
        run.rows.push(cells);
      } else {
        flush();
        run = { first: rowNumber, min, max, rows: [cells] };
      }
    }
    flush();
  }
  return blocks;
}

function toBlock(
  sheet: string,
  firstRow: number,
  min: number,
  max: number,
  rows: Map<number, OutputCell>[],
  date1904: boolean,
  freshSheet: boolean,
): WriteBlock {
  let hasFormat = false;
  let hasNumber = false;
  const values = rows.map((cells) => {
    const out: (string | number | boolean | null)[] = new Array(max - min + 1).fill(null);
    for (const [column, cell] of cells) {
      if (typeof cell === 'string' || isDateCell(cell)) hasFormat = true;
      else if (typeof cell === 'number' || typeof cell === 'boolean') hasNumber = true;
      out[column - min] = cell === null ? '' : isDateCell(cell) ? dateToSerial(cell.date, date1904) : typeof cell === 'string' ? quotePrefixed(cell) : cell;
    }
    return out;
  });
  const perCell = <T>(empty: T, pick: (cell: OutputCell) => T) =>
    rows.map((cells) => {
      const out: T[] = new Array(max - min + 1).fill(empty);
      for (const [column, cell] of cells) out[column - min] = pick(cell);
      return out;
    });
  const formats = hasFormat ? perCell<string | null>(null, (c) => (typeof c === 'string' ? TEXT_FORMAT : isDateCell(c) ? DATE_FORMAT : null)) : null;
  // On a sheet just added no cell is `@`: its number cells need no check (and the block is counted as sent).
  const numberCells = hasNumber && !freshSheet ? perCell(false, (c) => typeof c === 'number' || typeof c === 'boolean') : null;
  return measured({ sheet, row0: firstRow - 1, column0: min - 1, values, formats, numberCells, bytes: 0 });
}

/**
 * Text as written so that Excel keeps it: a leading apostrophe is Excel's quote prefix, dropped
 * from the value even in a `@` cell (office-js #6687), so it is doubled — `'Ohana` is written
 * `''Ohana` and reads back `'Ohana`.
 */
function quotePrefixed(text: string): string {
  return text.startsWith("'") ? `'${text}` : text;
}

/** Splits a block by rows until each part fits a request and a range operation. */
function splitBlock(block: WriteBlock, limits: OfficeLimits): WriteBlock[] {
  const rows = block.values.length;
  const cells = rows * (block.values[0]?.length ?? 0);
  if (rows <= 1 || (block.bytes <= limits.payloadBytes / 2 && cells <= limits.cellsPerOperation)) return [block];
  const [first, second] = splitBlockInHalf(block);
  return [...splitBlock(first, limits), ...splitBlock(second, limits)];
}

/**
 * A block of two rows or more as its two halves by rows, each with its own byte count.
 *
 * @example
 * const [top, bottom] = splitBlockInHalf(block); // rows [0, n/2) and [n/2, n)
 */
export function splitBlockInHalf(block: WriteBlock): [WriteBlock, WriteBlock] {
  const half = block.values.length >> 1;
  const part = (from: number, to: number): WriteBlock =>
    measured({
      ...block,
      row0: block.row0 + from,
      values: block.values.slice(from, to),
      formats: block.formats?.slice(from, to) ?? null,
      numberCells: block.numberCells?.slice(from, to) ?? null,
    });
  return [part(0, half), part(half, block.values.length)];
}

/**
 * The block once its number cells' formats are decided (General where the sheet had `@`, see
 * numberFormatFixes.ts; nothing on a sheet just added): `formats` as given, no number cells
 * left to check, and its bytes counted again on what it will really send.
 *
 * @example
 * settledBlock(block, block.formats); // on a fresh sheet: the text and date formats only
 */
export function settledBlock(block: WriteBlock, formats: (string | null)[][] | null): WriteBlock {
  return measured({ ...block, formats, numberCells: null });
}

/**
 * The block with its request bytes: the values' JSON and, when any cell may get a format, a
 * formats array counted as if every number cell were reset to General (the most it can carry
 * until settledBlock decides).
 */
function measured(block: WriteBlock): WriteBlock {
  const arrays = [JSON.stringify(block.values)];
  if (block.formats || block.numberCells) {
    const most = block.values.map((row, r) => row.map((_, c) => block.formats?.[r][c] ?? (block.numberCells?.[r][c] ? GENERAL_FORMAT : null)));
    arrays.push(JSON.stringify(most));
  }
  return { ...block, bytes: blockRequestBytes(block.values.length, block.values[0]?.length ?? 0, arrays) };
}

/**
 * Packs blocks into syncs whose request, as office.js serialises it, stays under the payload
 * budget: each block's bytes, each sheet's proxy once per request, and the envelope.
 *
 * @example
 * groupBlocks(writeBlocks(writes, false, EXCEL_WEB_LIMITS), EXCEL_WEB_LIMITS); // → [[block, …], …]
 */
export function groupBlocks(blocks: readonly WriteBlock[], limits: OfficeLimits): WriteBlock[][] {
  const groups: WriteBlock[][] = [];
  let current: WriteBlock[] = [];
  let sheets = new Set<string>();
  let bytes = REQUEST_ENVELOPE_BYTES;
  for (const block of blocks) {
    if (current.length > 0 && bytes + addedBytes(block, sheets) > limits.payloadBytes) {
      groups.push(current);
      current = [];
      sheets = new Set();
      bytes = REQUEST_ENVELOPE_BYTES;
    }
    bytes += addedBytes(block, sheets);
    sheets.add(block.sheet);
    current.push(block);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * The estimate of a group's request as office.js serialises it: the envelope, each sheet's
 * proxy once, and each block (an upper bound; `test/officeJs/requestBytesEstimate` compares it
 * with the real bytes).
 *
 * @example
 * groupRequestBytes(groupBlocks(blocks, EXCEL_WEB_LIMITS)[0]); // ≤ EXCEL_WEB_LIMITS.payloadBytes unless one block is bigger
 */
export function groupRequestBytes(group: readonly WriteBlock[]): number {
  const sheets = new Set<string>();
  let bytes = REQUEST_ENVELOPE_BYTES;
  for (const block of group) {
    bytes += addedBytes(block, sheets);
    sheets.add(block.sheet);
  }
  return bytes;
}

/** What a block adds to a request that already has proxies for `sheets`. */
function addedBytes(block: WriteBlock, sheets: ReadonlySet<string>): number {
  return block.bytes + (sheets.has(block.sheet) ? 0 : SHEET_PROXY_BYTES + utf8Length(block.sheet));
}
