import { nameKey } from '../gather/nameKey';
import type { MappingRow } from '../model/records';

/** Mapping rows grouped by (From Product, From Season, To Season), names compared by {@link nameKey}. */
export type MappingIndex = ReadonlyMap<string, readonly MappingRow[]>;

/**
 * The index key of a (From Product, From Season, To Season) triple. Names are compared the way
 * Excel compares text (trimmed, case-insensitive); a control character separates the parts so
 * that no two different triples share a key.
 *
 * @example
 * mappingKey('Gold ', '2025', 'Summer') === mappingKey('gold', '2025', 'SUMMER') // → true
 */
export function mappingKey(fromProduct: string, fromSeason: string, toSeason: string): string {
  return `${nameKey(fromProduct)}\u0000${nameKey(fromSeason)}\u0000${nameKey(toSeason)}`;
}

/**
 * Groups the Mapping rows by {@link mappingKey}, keeping sheet order within a group. Does not
 * change `rows`.
 *
 * @example
 * const index = buildMappingIndex(records.mapping);
 * index.get(mappingKey('Gold', '2025', '2026')) // → the matching rows, or undefined
 */
export function buildMappingIndex(rows: readonly MappingRow[]): MappingIndex {
  const index = new Map<string, MappingRow[]>();
  for (const row of rows) {
    const key = mappingKey(row.fromProduct, row.fromSeason, row.toSeason);
    const group = index.get(key);
    if (group) group.push(row);
    else index.set(key, [row]);
  }
  return index;
}

// One index per Mapping sheet read: the records are never changed after they are read, so the
// rows array identifies its index. A WeakMap lets the index go when the records go.
const indexes = new WeakMap<readonly MappingRow[], MappingIndex>();

/**
 * The index of these Mapping rows, built on first use and reused afterwards, so a plan looks a
 * mapping up in O(1) per renewal instead of scanning the sheet once per member.
 *
 * @example
 * mappingIndexOf(ctx.state.records.mapping) === mappingIndexOf(ctx.state.records.mapping) // → true
 */
export function mappingIndexOf(rows: readonly MappingRow[]): MappingIndex {
  let index = indexes.get(rows);
  if (!index) {
    index = buildMappingIndex(rows);
    indexes.set(rows, index);
  }
  return index;
}
