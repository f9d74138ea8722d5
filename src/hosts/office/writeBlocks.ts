import { dateToSerial } from '../../workbook/cells/excelSerial';
import type { CellWrite } from '../../workbook/edit/cellWrite';
import { DATE_FORMAT, isDateCell, OutputCell } from '../../workbook/outputGrid';
import type { OfficeLimits } from './excelRun';

/** The number format that makes Excel keep text as typed: never a formula, number or date. */
export const TEXT_FORMAT = '@';

/**
 * A rectangle of cells to write in one range operation. In `values`, `null` leaves a cell as
 * it is (Office.js semantics) and `''` clears it; formats likewise `null` = unchanged.
 */
export interface WriteBlock {
  sheet: string;
  row0: number;
  column0: number;
  values: (string | number | boolean | null)[][];
  /** `@` on every text cell; `null` when the block has no text. */
  textFormats: (string | null)[][] | null;
  /** The date format on every date cell; `null` when the block has no date. */
  dateFormats: (string | null)[][] | null;
  /** Approximate JSON bytes of the block's values and formats (what a request carries). */
  bytes: number;
}

/**
 * Turns cell writes into as few rectangular blocks as the writes allow: each row's cells from
 * its first to its last written column (gaps left unchanged), consecutive rows with the same
 * span merged, and blocks split by rows so none exceeds the limits. A later write to the same
 * cell wins. Every text cell gets the text format, so Excel never turns `=…`, `0012` or
 * `1/2` into a formula, number or date (SPEC §7).
 *
 * @example
 * writeBlocks([{ sheet: 'Invoices', row: 7, column: 13, value: 2 }], false, EXCEL_WEB_LIMITS)
 * // → [{ sheet: 'Invoices', row0: 6, column0: 12, values: [[2]], … }]
 */
export function writeBlocks(writes: readonly CellWrite[], date1904: boolean, limits: OfficeLimits): WriteBlock[] {
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
      if (run) blocks.push(...splitBlock(toBlock(sheet, run.first, run.min, run.max, run.rows, date1904), limits));
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

function toBlock(sheet: string, firstRow: number, min: number, max: number, rows: Map<number, OutputCell>[], date1904: boolean): WriteBlock {
  let hasText = false;
  let hasDate = false;
  const values = rows.map((cells) => {
    const out: (string | number | boolean | null)[] = new Array(max - min + 1).fill(null);
    for (const [column, cell] of cells) {
      if (typeof cell === 'string') hasText = true;
      if (isDateCell(cell)) hasDate = true;
      out[column - min] = cell === null ? '' : isDateCell(cell) ? dateToSerial(cell.date, date1904) : cell;
    }
    return out;
  });
  const formatsOf = (pick: (cell: OutputCell) => string | null) =>
    rows.map((cells) => {
      const out: (string | null)[] = new Array(max - min + 1).fill(null);
      for (const [column, cell] of cells) out[column - min] = pick(cell);
      return out;
    });
  const textFormats = hasText ? formatsOf((c) => (typeof c === 'string' ? TEXT_FORMAT : null)) : null;
  const dateFormats = hasDate ? formatsOf((c) => (isDateCell(c) ? DATE_FORMAT : null)) : null;
  return { sheet, row0: firstRow - 1, column0: min - 1, values, textFormats, dateFormats, bytes: blockBytes(values, textFormats, dateFormats) };
}

/** Splits a block by rows until each part fits a request and a range operation. */
function splitBlock(block: WriteBlock, limits: OfficeLimits): WriteBlock[] {
  const rows = block.values.length;
  const cells = rows * (block.values[0]?.length ?? 0);
  if (rows <= 1 || (block.bytes <= limits.payloadBytes / 2 && cells <= limits.cellsPerOperation)) return [block];
  const half = rows >> 1;
  const part = (from: number, to: number): WriteBlock => {
    const values = block.values.slice(from, to);
    const textFormats = block.textFormats?.slice(from, to) ?? null;
    const dateFormats = block.dateFormats?.slice(from, to) ?? null;
    return { ...block, row0: block.row0 + from, values, textFormats, dateFormats, bytes: blockBytes(values, textFormats, dateFormats) };
  };
  return [...splitBlock(part(0, half), limits), ...splitBlock(part(half, rows), limits)];
}

/** The UTF-8 bytes of a block's arrays as a request carries them (JSON). */
function blockBytes(values: unknown[][], textFormats: unknown[][] | null, dateFormats: unknown[][] | null): number {
  return (
    utf8Length(JSON.stringify(values)) +
    (textFormats ? utf8Length(JSON.stringify(textFormats)) : 0) +
    (dateFormats ? utf8Length(JSON.stringify(dateFormats)) : 0)
  );
}

function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) bytes += code > 0x7ff && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/**
 * What one block adds to a request besides its arrays: the range proxy (sheet, method and
 * indexes) and up to three set operations, each with its object path — measured on the model's
 * request body at a few hundred bytes; counted generously so many small blocks cannot overflow.
 */
const BLOCK_OVERHEAD_BYTES = 600;

/** Packs blocks into syncs whose request stays under the payload limit. */
export function groupBlocks(blocks: readonly WriteBlock[], limits: OfficeLimits): WriteBlock[][] {
  const groups: WriteBlock[][] = [];
  let current: WriteBlock[] = [];
  let bytes = 0;
  for (const block of blocks) {
    const cost = block.bytes + BLOCK_OVERHEAD_BYTES;
    if (current.length > 0 && bytes + cost > limits.payloadBytes) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(block);
    bytes += cost;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
