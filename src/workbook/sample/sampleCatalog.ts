import { fromYmd, LocalDate, toYmd } from '../../engine/dates/localDate';
import type { OutputCell } from '../outputGrid';

/** The sample organisation's products: name, price, term months, member type that buys it. */
export const SAMPLE_PRODUCTS = [
  { product: 'Individual Annual', price: 120, termMonths: 12, memberType: 'Individual', weight: 45 },
  { product: 'Family Annual', price: 180, termMonths: 12, memberType: 'Family', weight: 18 },
  { product: 'Student Annual', price: 45, termMonths: 12, memberType: 'Student', weight: 12 },
  { product: 'Senior Annual', price: 60, termMonths: 12, memberType: 'Senior', weight: 9 },
  { product: 'Individual Monthly', price: 12.5, termMonths: 1, memberType: 'Individual', weight: 6 },
  { product: 'Pool Pass', price: 95, termMonths: 12, memberType: 'Seasonal', weight: 4 },
  { product: 'Junior Pool Pass', price: 55, termMonths: 12, memberType: 'Seasonal', weight: 2 },
  { product: 'Corporate', price: 950, termMonths: 12, memberType: 'Corporate', weight: 4 },
] as const;

export type SampleProduct = (typeof SAMPLE_PRODUCTS)[number];

/** Products sheet rows. */
export function productRows(): OutputCell[][] {
  return [['Product', 'Price', 'Term Months', 'Currency'], ...SAMPLE_PRODUCTS.map((p) => [p.product, p.price, p.termMonths, 'USD'])];
}

/** Calendar-year seasons around the as-of date, named by year (`2026 Season`). */
export function seasonRows(asOf: LocalDate): OutputCell[][] {
  const { year } = toYmd(asOf);
  const rows: OutputCell[][] = [['Season', 'Start Date', 'End Date']];
  for (let y = year - 4; y <= year + 3; y++) {
    rows.push([`${y} Season`, { date: fromYmd(y, 1, 1) as LocalDate }, { date: fromYmd(y, 12, 31) as LocalDate }]);
  }
  return rows;
}

/**
 * Mapping rows: a Pool Pass renews into the next season's Pool Pass; a Junior Pool Pass bought
 * three or more seasons back graduates to the adult Pool Pass. Seasons beyond the table are
 * deliberately missing, so a few renewals show "not in mapping table".
 */
export function mappingRows(asOf: LocalDate): OutputCell[][] {
  const { year } = toYmd(asOf);
  const rows: OutputCell[][] = [['From Product', 'From Season', 'To Product', 'To Season']];
  for (let from = year - 4; from <= year + 1; from++) {
    for (let to = from; to <= Math.min(from + 2, year + 2); to++) {
      rows.push(['Pool Pass', `${from} Season`, 'Pool Pass', `${to} Season`]);
      rows.push(['Junior Pool Pass', `${from} Season`, to - from >= 2 ? 'Pool Pass' : 'Junior Pool Pass', `${to} Season`]);
    }
  }
  return rows;
}

/** Settings sheet (two columns). */
export function settingsRows(): OutputCell[][] {
  return [
    ['Setting', 'Value'],
    ['Time Zone', 'America/Chicago'],
    ['Date Order', 'MDY'],
    ['Invoice Prefix', 'INV-'],
    ['Dropped Status', 'Dropped'],
    ['Non-Member Type', 'Non-Member'],
    ['Max Payment Retries', 3],
    ['Reconcile Timeout Days', 5],
    ['Locale', 'en-US'],
    ['Organisation Name', 'Riverside Swim & Racquet Club'],
    ['Organisation Address', '1200 River Road\nSpringfield, IL 62704\nUnited States'],
    ['Payment Instructions', 'Pay online at riverside.example.org/pay quoting {{Invoice ID}},\nor by check to Riverside Swim & Racquet Club, 1200 River Road.'],
    ['From Address', 'membership@riverside.example.org'],
    ['From Name', 'Riverside Swim & Racquet Club'],
  ];
}
