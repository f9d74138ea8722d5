import { fromYmd, LocalDate, toYmd } from '../../engine/dates/localDate';
import type { OutputCell } from '../outputGrid';

/**
 * The sample organisation's products: name, price, term months, currency, member type that buys
 * it, and how often the generator picks it. `Individual Annual (EU)` is priced in euro (SPEC §11)
 * and never picked at random: the generator moves every 20th Individual Annual membership to it,
 * so the rest of the sample stays the same for a given seed.
 */
export const SAMPLE_PRODUCTS = [
  { product: 'Individual Annual', price: 120, termMonths: 12, currency: 'USD', memberType: 'Individual', weight: 45 },
  { product: 'Family Annual', price: 180, termMonths: 12, currency: 'USD', memberType: 'Family', weight: 18 },
  { product: 'Student Annual', price: 45, termMonths: 12, currency: 'USD', memberType: 'Student', weight: 12 },
  { product: 'Senior Annual', price: 60, termMonths: 12, currency: 'USD', memberType: 'Senior', weight: 9 },
  { product: 'Individual Monthly', price: 12.5, termMonths: 1, currency: 'USD', memberType: 'Individual', weight: 6 },
  { product: 'Pool Pass', price: 95, termMonths: 12, currency: 'USD', memberType: 'Seasonal', weight: 4 },
  { product: 'Junior Pool Pass', price: 55, termMonths: 12, currency: 'USD', memberType: 'Seasonal', weight: 2 },
  { product: 'Corporate', price: 950, termMonths: 12, currency: 'USD', memberType: 'Corporate', weight: 4 },
  { product: 'Individual Annual (EU)', price: 110, termMonths: 12, currency: 'EUR', memberType: 'Individual', weight: 0 },
] as const;

/** The euro-priced product (SPEC §11 Currencies). */
export const SAMPLE_EURO_PRODUCT = SAMPLE_PRODUCTS[8];

export type SampleProduct = (typeof SAMPLE_PRODUCTS)[number];

/** Products sheet rows. */
export function productRows(): OutputCell[][] {
  return [['Product', 'Price', 'Term Months', 'Currency'], ...SAMPLE_PRODUCTS.map((p) => [p.product, p.price, p.termMonths, p.currency])];
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
    // SPEC §11: NIGHTLY's lapse puts an unpaid membership in Grace the day after its End Date; a
    // payment up to 30 days after a drop reinstates it.
    ['Grace Status', 'Grace'],
    ['Reinstate Within Days', 30],
    ['Locale', 'en-US'],
    ['Organisation Name', 'Riverside Swim & Racquet Club'],
    ['Organisation Address', '1200 River Road\nSpringfield, IL 62704\nUnited States'],
    ['Payment Instructions', 'Pay online at riverside.example.org/pay quoting {{Invoice ID}},\nor by check to Riverside Swim & Racquet Club, 1200 River Road.'],
    ['From Address', 'membership@riverside.example.org'],
    ['From Name', 'Riverside Swim & Racquet Club'],
  ];
}
