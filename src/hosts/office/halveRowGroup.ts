/** Rows of a range to read, as a request's part: its first row, row count and cell count. */
export interface RowSlice {
  firstRow: number;
  rowCount: number;
  cells: number;
}

/**
 * Two halves of a group of row slices that Excel refused as too large: the group's slices in
 * two, or its one slice's rows in two; `null` when it is a single row, which cannot be smaller.
 *
 * @example
 * halveRowGroup([{ firstRow: 0, rowCount: 10, cells: 40 }]);
 * // → [[{ firstRow: 0, rowCount: 5, cells: 20 }], [{ firstRow: 5, rowCount: 5, cells: 20 }]]
 */
export function halveRowGroup<T extends RowSlice>(group: readonly T[]): T[][] | null {
  if (group.length > 1) return [group.slice(0, group.length >> 1), group.slice(group.length >> 1)];
  const [slice] = group;
  if (slice.rowCount <= 1) return null;
  const first = slice.rowCount >> 1;
  const width = slice.cells / slice.rowCount;
  return [
    [{ ...slice, rowCount: first, cells: first * width }],
    [{ ...slice, firstRow: slice.firstRow + first, rowCount: slice.rowCount - first, cells: (slice.rowCount - first) * width }],
  ];
}
