import { formatIsoDate } from '../dates/isoDate';
import type { LocalDate } from '../dates/localDate';
import type { GatheredState } from '../gather/gatheredState';
import type { Reason } from '../model/reason';
import { mappingIndexOf, mappingKey } from './mappingIndex';
import { seasonOf } from './seasonOf';

/** What a renewal is mapped from: its current Product, its Start Date and its new term start. */
export interface MapProductRequest {
  product: string;
  startDate: LocalDate;
  newTermStart: LocalDate;
}

/** The mapped product (the To Product as written in Mapping), or why there is none. */
export type ProductMapping = { ok: true; toProduct: string; fromSeason: string; toSeason: string } | { ok: false; reason: Reason };

/**
 * Maps a renewal's product through the Mapping sheet (SPEC §3.3). It matches the rows with
 * From Product = the product, From Season = `season(Start Date)` and To Season =
 * `season(new term start)`; names compare trimmed and case-insensitive.
 * - a date in no season → `SEASON_NOT_FOUND` `{date}` (the Start Date is checked first);
 * - no matching row → `NOT_IN_MAPPING` `{product, fromSeason, toSeason}` ("it is not renewed,
 *   and staff see why");
 * - more than one → `AMBIGUOUS_MAPPING` `{product, fromSeason, toSeason, count}`, even when the
 *   rows agree on the To Product: a duplicated row is a table problem staff should see.
 *
 * Whether the To Product exists in Products is the caller's check.
 *
 * @example
 * mapProduct(state, { product: 'Junior', startDate: isoDate('2025-03-01'), newTermStart: isoDate('2026-03-01') })
 * // → { ok: true, toProduct: 'Adult', fromSeason: '2025', toSeason: '2026' }
 */
export function mapProduct(state: GatheredState, request: MapProductRequest): ProductMapping {
  const from = seasonOf(request.startDate, state.seasonsByStart);
  if (!from) return seasonNotFound(request.startDate);
  const to = seasonOf(request.newTermStart, state.seasonsByStart);
  if (!to) return seasonNotFound(request.newTermStart);

  const rows = mappingIndexOf(state.records.mapping).get(mappingKey(request.product, from.season, to.season)) ?? [];
  const detail = { product: request.product, fromSeason: from.season, toSeason: to.season };
  if (rows.length === 0) return { ok: false, reason: { code: 'NOT_IN_MAPPING', detail } };
  if (rows.length > 1) {
    return { ok: false, reason: { code: 'AMBIGUOUS_MAPPING', detail: { ...detail, count: rows.length } } };
  }
  return { ok: true, toProduct: rows[0].toProduct, fromSeason: from.season, toSeason: to.season };
}

function seasonNotFound(date: LocalDate): ProductMapping {
  return { ok: false, reason: { code: 'SEASON_NOT_FOUND', detail: { date: formatIsoDate(date) } } };
}
