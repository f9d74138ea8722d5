/**
 * What office.js's request serializer turns a block write into, counted from its real output
 * (`@microsoft/office-js`, Excel library, `ClientRequestContext.syncPrivate`: the request is
 * `JSON.stringify` of `{Actions, ObjectPaths}`). Measured there with seven-digit ids: a range
 * proxy with its Instantiate action and one SetProperty costs about 300 bytes, 450 inside
 * `Excel.run` (which keeps each proxy: `_KeepReference`), each further property set about 100
 * (more as the ids grow to seven digits). And office.js splits any `values`/`numberFormat` set of more than
 * 1,500 cells into row chunks (`setRangePropertiesInBulk`: `getRow(i).getBoundingRect(getRow(j))`
 * per chunk), each chunk adding two GetRow paths, a GetBoundingRect path, three Instantiate
 * actions and its own SetProperty — measured at 690–850 bytes. The constants are rounded up so
 * the estimate stays above the real bytes; `requestBytes.test.ts` checks that against the real
 * library.
 */

/** office.js writes an array property in one piece up to this many cells (setRangePropertiesInBulk). */
export const BULK_CHUNK_CELLS = 1500;
/**
 * A block's range proxy: its GetRangeByIndexes path and Instantiate action, and — inside
 * `Excel.run`, which keeps every proxy it creates — a `_KeepReference` call and a second
 * Instantiate (about 590 bytes measured for a range with two small sets and seven-digit ids).
 */
const RANGE_BYTES = 400;
/** One SetProperty action without its array. */
const SET_BYTES = 105;
/** The `_ValidateArraySize` call office.js adds before a chunked set. */
const VALIDATE_BYTES = 100;
/** One chunk of a chunked set: its three paths, three Instantiate actions and the SetProperty (820–850 measured). */
const CHUNK_BYTES = 900;
/** A worksheet proxy (`worksheets.getItem(name)`), once per sheet per request, name excluded. */
export const SHEET_PROXY_BYTES = 300;
/** The request's envelope and the `suspendApiCalculationUntilNextSync` call. */
export const REQUEST_ENVELOPE_BYTES = 1000;

/**
 * The bytes one property set of a `rows` × `columns` array adds to a request, besides the
 * array's own JSON: one SetProperty, or one chunk per {@link BULK_CHUNK_CELLS}-cell slice.
 *
 * @example
 * setOverheadBytes(1, 1); // → 105
 * setOverheadBytes(15_000, 20); // → 100 + 200 chunks × 900
 */
export function setOverheadBytes(rows: number, columns: number): number {
  if (rows * columns <= BULK_CHUNK_CELLS) return SET_BYTES;
  const rowsPerChunk = Math.max(1, Math.round(BULK_CHUNK_CELLS / columns));
  return VALIDATE_BYTES + Math.ceil(rows / rowsPerChunk) * CHUNK_BYTES;
}

/**
 * The bytes a block adds to a request: its range, and for each array set (values, and the
 * formats when it has them) the array's UTF-8 JSON plus {@link setOverheadBytes}.
 *
 * @example
 * blockRequestBytes(1, 1, ['[[2]]']); // → 400 + 105 + 5
 */
export function blockRequestBytes(rows: number, columns: number, arraysJson: readonly string[]): number {
  let bytes = RANGE_BYTES;
  for (const json of arraysJson) bytes += utf8Length(json) + setOverheadBytes(rows, columns);
  return bytes;
}

/** UTF-8 bytes of a string, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) bytes += code > 0x7ff && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}
