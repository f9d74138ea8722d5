/// <reference types="office-js" />
import type { OfficeLimits } from './excelRun';
import { halveRowGroup } from './halveRowGroup';
import { isPayloadError } from './payloadError';
import { REQUEST_ENVELOPE_BYTES } from './requestBytes';
import { GENERAL_FORMAT, settledBlock, TEXT_FORMAT, WriteBlock } from './writeBlocks';

/**
 * What one slice's read adds to a request as office.js serialises it: a range proxy with its
 * Instantiate action and a Query action (about 450 bytes with seven-digit ids), and its share
 * of a sheet proxy, counted generously.
 */
const SLICE_REQUEST_BYTES = 700;

/** Response bytes one cell's number format costs at most, in practice ("#,##0.00_);[Red](#,##0.00)" is 27). */
const FORMAT_BYTES_PER_CELL = 32;

interface Slice {
  block: number;
  firstRow: number;
  rowCount: number;
  cells: number;
}

/**
 * The blocks with every number or boolean cell that the sheet has as text (`@`) set back to
 * General before the value is written — Excel keeps a number written into a `@` cell as text,
 * which the number columns then refuse. Other number cells keep the staff's format (`null`:
 * unchanged). The formats are read in row slices sized so no response exceeds the payload
 * limit, several slices per sync, halved if Excel still refuses one. Blocks without numbers
 * cost nothing.
 *
 * @example
 * const fixed = await withNumberFormatFixes(context, blocks, EXCEL_WEB_LIMITS);
 */
export async function withNumberFormatFixes(context: Excel.RequestContext, blocks: readonly WriteBlock[], limits: OfficeLimits): Promise<WriteBlock[]> {
  const maxCells = Math.max(1, Math.floor(limits.payloadBytes / FORMAT_BYTES_PER_CELL));
  const current = blocks.map((b) => (b.numberCells ? new Array<string[]>(b.values.length) : null));
  const slices = blocks.flatMap((b, i) => (b.numberCells ? sliceRows(i, b, maxCells) : []));
  const load = async (group: Slice[]): Promise<void> => {
    const sheets = new Map<string, Excel.Worksheet>();
    const ranges = group.map((s) => {
      const b = blocks[s.block];
      let ws = sheets.get(b.sheet);
      if (!ws) sheets.set(b.sheet, (ws = context.workbook.worksheets.getItem(b.sheet)));
      const range = ws.getRangeByIndexes(b.row0 + s.firstRow, b.column0, s.rowCount, b.values[0].length);
      range.load('numberFormat');
      return range;
    });
    try {
      await context.sync();
    } catch (e) {
      const halves = isPayloadError(e) ? halveRowGroup(group) : null;
      if (!halves) throw e;
      for (const half of halves) await load(half);
      return;
    }
    group.forEach((s, i) => {
      const formats = ranges[i].numberFormat as string[][];
      formats.forEach((row, r) => ((current[s.block] as string[][])[s.firstRow + r] = row));
    });
  };
  for (let next = 0; next < slices.length;) {
    const group: Slice[] = [];
    let cells = 0;
    let requestBytes = REQUEST_ENVELOPE_BYTES;
    const fits = (slice: Slice) => cells + slice.cells <= maxCells && requestBytes + SLICE_REQUEST_BYTES <= limits.payloadBytes;
    while (next < slices.length && (group.length === 0 || fits(slices[next]))) {
      cells += slices[next].cells;
      requestBytes += SLICE_REQUEST_BYTES;
      group.push(slices[next++]);
    }
    await load(group);
  }
  return blocks.map((b, i) => fixed(b, current[i]));
}

function sliceRows(block: number, b: WriteBlock, maxCells: number): Slice[] {
  const width = b.values[0].length;
  const rowsPerSlice = Math.max(1, Math.floor(maxCells / width));
  const slices: Slice[] = [];
  for (let first = 0; first < b.values.length; first += rowsPerSlice) {
    const rowCount = Math.min(rowsPerSlice, b.values.length - first);
    slices.push({ block, firstRow: first, rowCount, cells: rowCount * width });
  }
  return slices;
}

/** The block with General on each number cell whose current format is `@`, settled (writeBlocks.ts). */
function fixed(block: WriteBlock, current: string[][] | null): WriteBlock {
  if (!block.numberCells || !current) return block.numberCells ? settledBlock(block, block.formats) : block;
  let formats: (string | null)[][] | null = block.formats;
  let copied = false;
  block.numberCells.forEach((row, r) =>
    row.forEach((isNumber, c) => {
      if (!isNumber || current[r][c] !== TEXT_FORMAT) return;
      if (!copied) {
        formats = block.formats ? block.formats.map((f) => [...f]) : block.values.map((v) => new Array<string | null>(v.length).fill(null));
        copied = true;
      }
      (formats as (string | null)[][])[r][c] = GENERAL_FORMAT;
    }),
  );
  return settledBlock(block, formats);
}
