import type { MappingRoute, ReasonWords } from '../model/reason';
import { detailText, withPrefix, withValue } from '../reasons/reasonWordParts';

/**
 * Words of the reason codes only renew gives: the season mapping's failures (SPEC §3.3).
 *
 * @example
 * RENEW_REASON_WORDS.NOT_IN_MAPPING({ product: 'Gold', fromSeason: 'Summer 2025', toSeason: 'Summer 2026' })
 * // → 'not in mapping table: Gold from Summer 2025 to Summer 2026'
 */
export const RENEW_REASON_WORDS = {
  SEASON_NOT_FOUND: (d) => withValue('no season contains the date', detailText(d.date), ' '),
  NOT_IN_MAPPING: (d) => withValue('not in mapping table', mappingRoute(d), ': '),
  AMBIGUOUS_MAPPING: (d) => withValue(`ambiguous mapping: ${mappingRowCount(detailText(d.count))}`, mappingRoute(d), ' for '),
} satisfies ReasonWords<'SEASON_NOT_FOUND' | 'NOT_IN_MAPPING' | 'AMBIGUOUS_MAPPING'>;

/** `Gold from Summer 2025 to Summer 2026`; only the parts that are known. */
function mappingRoute(d: Readonly<MappingRoute>): string | null {
  const parts = [detailText(d.product), withPrefix('from', detailText(d.fromSeason)), withPrefix('to', detailText(d.toSeason))];
  const known = parts.filter((p): p is string => p != null);
  return known.length === 0 ? null : known.join(' ');
}

function mappingRowCount(count: string | null): string {
  return count == null ? 'more than one Mapping row' : `${count} Mapping rows`;
}
