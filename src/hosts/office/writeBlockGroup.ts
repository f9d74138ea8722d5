/// <reference types="office-js" />
import { isPayloadError } from './payloadError';
import { splitBlockInHalf, WriteBlock } from './writeBlocks';

/**
 * Writes a group of blocks in one sync: calculation suspended, then each block's formats and
 * then its values — a text cell is `@` and a date cell has its date format before the value
 * lands, and a number cell that was `@` is General again (numberFormatFixes.ts). When Excel
 * still refuses the request as too large (the group was sized on an estimate of office.js's
 * bytes), the refused request changed nothing, and the group is written again in two halves —
 * by blocks, or one block by rows — down to a single row, which is refused as it is.
 *
 * @example
 * for (const group of groupBlocks(blocks, EXCEL_WEB_LIMITS)) await writeBlockGroup(context, group);
 */
export async function writeBlockGroup(context: Excel.RequestContext, group: readonly WriteBlock[]): Promise<void> {
  context.application.suspendApiCalculationUntilNextSync();
  // One worksheet proxy per sheet and one range proxy per block: every proxy is part of the request.
  const sheets = new Map<string, Excel.Worksheet>();
  group.forEach((b) => {
    let ws = sheets.get(b.sheet);
    if (!ws) sheets.set(b.sheet, (ws = context.workbook.worksheets.getItem(b.sheet)));
    const range = ws.getRangeByIndexes(b.row0, b.column0, b.values.length, b.values[0].length);
    if (b.formats) range.numberFormat = b.formats as string[][];
    range.values = b.values as (string | number | boolean)[][];
  });
  try {
    await context.sync();
  } catch (e) {
    const halves = isPayloadError(e) ? halveGroup(group) : null;
    if (!halves) throw e;
    for (const half of halves) await writeBlockGroup(context, half);
  }
}

/** Two halves of a group, or of its one block's rows; `null` when it is a single row. */
function halveGroup(group: readonly WriteBlock[]): WriteBlock[][] | null {
  if (group.length > 1) return [group.slice(0, group.length >> 1), group.slice(group.length >> 1)];
  if (group[0].values.length <= 1) return null;
  return splitBlockInHalf(group[0]).map((b) => [b]);
}
