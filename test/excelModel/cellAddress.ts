/** A rectangle of cells, 0-based like `Worksheet.getRangeByIndexes`. */
export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns ("Excel specifications and limits"). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * Column letters of a 0-based column index.
 *
 * @example
 * columnLetters(0); // 'A'
 * columnLetters(27); // 'AB'
 */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * A sheet-relative address ('A1:C3', or 'A1' for one cell), as Range.address shows it after
 * the sheet name.
 *
 * @example
 * rectAddress({ row: 0, column: 0, rowCount: 3, columnCount: 3 }); // 'A1:C3'
 */
export function rectAddress(rect: Rect): string {
  const first = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${columnLetters(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

/**
 * The full address Range.address returns: the sheet name, quoted when Excel would quote it
 * (anything beyond letters, digits, `_` and `.`, or a name that starts with a digit), then `!`.
 *
 * @example
 * formatAddress('Members', { row: 0, column: 0, rowCount: 3, columnCount: 3 }); // 'Members!A1:C3'
 * formatAddress('Run Log', { row: 0, column: 0, rowCount: 1, columnCount: 1 }); // "'Run Log'!A1"
 */
export function formatAddress(sheetName: string, rect: Rect): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/.test(sheetName);
  const sheet = plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${sheet}!${rectAddress(rect)}`;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Parses a sheet-relative A1 address: 'B2', 'A1:C3', '$A$1:$C$3', whole columns 'A:C' and
 * whole rows '2:4'. Returns null when the text is not an address inside the grid (the caller
 * turns that into Excel's InvalidArgument at sync).
 *
 * @example
 * parseAddress('B2:C3'); // { row: 1, column: 1, rowCount: 2, columnCount: 2 }
 */
export function parseAddress(text: string): Rect | null {
  const parts = text.replace(/\$/g, '').trim().split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) return null;
  const ends = parts.map((p) => {
    const cell = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(p);
    if (cell) return { column: columnIndex(cell[1]), row: Number(cell[2]) - 1 };
    if (/^[A-Za-z]{1,3}$/.test(p)) return { column: columnIndex(p), row: null };
    if (/^\d{1,7}$/.test(p)) return { column: null, row: Number(p) - 1 };
    return undefined;
  });
  const [a, b = ends[0]] = ends;
  if (!a || !b) return null;
  // Whole columns/rows only come in pairs ('A:A', '2:2'); a lone 'A' or '2' is not an address.
  if ((a.row === null || a.column === null) && parts.length === 1) return null;
  if ((a.row === null) !== (b.row === null) || (a.column === null) !== (b.column === null)) return null;
  const rowFrom = a.row ?? 0;
  const rowTo = b.row ?? MAX_ROWS - 1;
  const colFrom = a.column ?? 0;
  const colTo = b.column ?? MAX_COLUMNS - 1;
  const rect = {
    row: Math.min(rowFrom, rowTo),
    column: Math.min(colFrom, colTo),
    rowCount: Math.abs(rowTo - rowFrom) + 1,
    columnCount: Math.abs(colTo - colFrom) + 1,
  };
  return isInsideGrid(rect) ? rect : null;
}

/**
 * Whether a rectangle is non-empty and lies inside Excel's grid.
 *
 * @example
 * isInsideGrid({ row: 0, column: 0, rowCount: 0, columnCount: 1 }); // false
 */
export function isInsideGrid(rect: Rect): boolean {
  const whole = [rect.row, rect.column, rect.rowCount, rect.columnCount].every(Number.isInteger);
  return (
    whole &&
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount >= 1 &&
    rect.columnCount >= 1 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.column + rect.columnCount <= MAX_COLUMNS
  );
}

/**
 * Whether two rectangles share at least one cell.
 *
 * @example
 * rectsOverlap(parseAddress('A1:B3')!, parseAddress('B2:C3')!); // true
 */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;
}

/**
 * The number of cells in a rectangle.
 *
 * @example
 * cellCount({ row: 0, column: 0, rowCount: 3, columnCount: 2 }); // 6
 */
export function cellCount(rect: Rect): number {
  return rect.rowCount * rect.columnCount;
}
