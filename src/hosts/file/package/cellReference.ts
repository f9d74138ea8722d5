/**
 * The column (1-based) and row of an A1 reference, read without a regular expression (it runs
 * once per cell). `row` is 0 when the reference has no digits, `column` 0 when it has no
 * letters; `null` when it is not a reference at all.
 *
 * @example
 * parseCellReference('AB12')  // → { column: 28, row: 12 }
 * parseCellReference('XFE1')  // → { column: 16385, row: 1 } (past Excel's grid: the caller refuses)
 */
export function parseCellReference(text: string): { column: number; row: number } | null {
  let i = 0;
  let column = 0;
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) & ~0x20; // upper case
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
    if (column > 1e9) return null;
  }
  let row = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || row > 1e12) return null;
    row = row * 10 + d;
  }
  return i === n && (column > 0 || row > 0) ? { column, row } : null;
}
