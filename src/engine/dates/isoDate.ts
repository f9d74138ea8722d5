import { fromYmd, LocalDate, toYmd } from './localDate';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses ISO `YYYY-MM-DD` text; `null` when it is not that form or not a real date.
 *
 * @example
 * parseIsoDate('2024-02-29') // → 2024-02-29
 * parseIsoDate('2026-02-30') // → null (never rolled over)
 */
export function parseIsoDate(text: string): LocalDate | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  return fromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Formats a date as ISO `YYYY-MM-DD` text.
 *
 * @example
 * formatIsoDate(fromYmd(2026, 3, 1)!) // → '2026-03-01'
 */
export function formatIsoDate(date: LocalDate): string {
  const { year, month, day } = toYmd(date);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Same as {@link formatIsoDate}, passing `null` through. */
export function formatIsoDateOrNull(date: LocalDate | null | undefined): string | null {
  return date == null ? null : formatIsoDate(date);
}

/**
 * A literal date for tests and examples; throws on an invalid ISO date (a programming error).
 *
 * @example
 * isoDate('2025-01-31') // → 2025-01-31
 */
export function isoDate(text: string): LocalDate {
  const d = parseIsoDate(text);
  if (d === null) throw new Error(`Not an ISO date: ${text}`);
  return d;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
