import type { LocalDate } from '../../engine/dates/localDate';

const MS_PER_DAY = 86_400_000;

/**
 * How messages write dates and amounts in the workbook's Locale (SPEC §9): one
 * `Intl.DateTimeFormat(Locale, {dateStyle: 'long', timeZone: 'UTC'})` over the date-only value
 * (UTC, so no machine time zone can move the day), and one `Intl.NumberFormat` per currency,
 * made on first use and kept — building an Intl formatter costs far more than using one.
 *
 * @example
 * const formats = new MessageFormats('en-GB');
 * formats.date(isoDate('2026-12-01')) // → '1 December 2026'
 * formats.amount(120, 'EUR')          // → '€120.00'
 */
export class MessageFormats {
  private readonly dates: Intl.DateTimeFormat;
  private readonly amounts = new Map<string, Intl.NumberFormat>();

  constructor(readonly locale: string) {
    this.dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  }

  date(date: LocalDate | null): string {
    return date === null ? '' : this.dates.format(new Date(date * MS_PER_DAY));
  }

  amount(amount: number | null, currency: string): string {
    if (amount === null) return '';
    let format = this.amounts.get(currency);
    if (format === undefined) {
      format = new Intl.NumberFormat(this.locale, { style: 'currency', currency });
      this.amounts.set(currency, format);
    }
    return format.format(amount);
  }
}
