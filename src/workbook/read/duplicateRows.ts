/**
 * Remembers the first row each key was seen on, for "later rows are errors" checks (Invoice ID,
 * Application ID, Product name): one Map lookup per row, never a scan of earlier rows.
 *
 * @example
 * const seen = new FirstRowByKey();
 * seen.claim('INV-1', 2) // → null (first use)
 * seen.claim('INV-1', 5) // → 2 (already used on row 2)
 */
export class FirstRowByKey {
  private readonly rows = new Map<string, number>();

  /** Claims `key` for `row`; returns the earlier row that holds it, or `null` when `row` is first. */
  claim(key: string, row: number): number | null {
    const earlier = this.rows.get(key);
    if (earlier !== undefined) return earlier;
    this.rows.set(key, row);
    return null;
  }
}

/**
 * Collects the rows of keys used more than once, for "every row sharing it is an error" checks
 * (Membership ID). Only duplicated keys get a list of rows, so a million unique IDs cost one
 * Map entry each.
 *
 * @example
 * const ids = new SharedKeyRows();
 * ids.add('M1', 2); ids.add('M2', 3); ids.add('M1', 7);
 * ids.duplicates() // → Map { 'M1' => [2, 7] }
 */
export class SharedKeyRows {
  private readonly first = new Map<string, number>();
  private readonly shared = new Map<string, number[]>();

  add(key: string, row: number): void {
    const earlier = this.first.get(key);
    if (earlier === undefined) {
      this.first.set(key, row);
      return;
    }
    const rows = this.shared.get(key);
    if (rows === undefined) this.shared.set(key, [earlier, row]);
    else rows.push(row);
  }

  /** Each key seen on more than one row, with its rows in the order added. */
  duplicates(): ReadonlyMap<string, readonly number[]> {
    return this.shared;
  }
}

const ROWS_SHOWN = 5;

/**
 * Names the other rows of a shared key in a message: `row 7`, `rows 7 and 9`, `rows 7, 9 and
 * 12`; beyond five, the count of the rest (`rows 2, 3, 4, 5, 6 and 20 more`), so an ID on
 * thousands of rows stays readable — and costs a few steps per row, not a scan of them all.
 *
 * @example
 * describeOtherRows([2, 7, 9, 12], 2) // → 'rows 7, 9 and 12'
 */
export function describeOtherRows(rows: readonly number[], self: number): string {
  const total = rows.length - 1;
  const shown: number[] = [];
  for (let i = 0; i < rows.length && shown.length <= ROWS_SHOWN; i++) {
    if (rows[i] !== self) shown.push(rows[i]);
  }
  if (total === 1) return `row ${shown[0]}`;
  if (total <= ROWS_SHOWN + 1) return `rows ${shown.slice(0, total - 1).join(', ')} and ${shown[total - 1]}`;
  return `rows ${shown.slice(0, ROWS_SHOWN).join(', ')} and ${total - ROWS_SHOWN} more`;
}
