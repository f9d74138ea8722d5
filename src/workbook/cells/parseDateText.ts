import { fromYmd, type LocalDate } from '../../engine/dates/localDate';
import type { DateOrder } from '../../engine/model/settings';

/**
 * Why date text could not be read: not a date form at all, a date that does not exist, a
 * day-first/month-first text while the Date Order setting is the default `YMD`, or a
 * two-digit year.
 */
export type DateTextProblem = 'not-a-date' | 'not-real' | 'needs-date-order' | 'two-digit-year';

/** A date read from text, or the reason it could not be. */
export type DateTextResult = { ok: true; value: LocalDate } | { ok: false; problem: DateTextProblem };

// Three numeric parts with one separator used twice: 2026-03-04, 03/04/2026, 3.4.2026, 3-4-2026.
const DATE_PARTS = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/;

/**
 * Reads a date written as text. A text that starts with a four-digit year is read
 * year-month-day whatever the Date Order (nobody writes year-day-month), so ISO `YYYY-MM-DD`
 * always works. A text that ends with the year is read in the Date Order setting (`DMY` or
 * `MDY`); with the default `YMD` it is refused rather than guessed (SPEC §1). Years must have
 * four digits. An impossible date is refused, never rolled over.
 *
 * @example
 * parseDateText('2026-03-04', 'YMD') // → { ok: true, value: 2026-03-04 }
 * parseDateText('03/04/2026', 'DMY') // → { ok: true, value: 2026-04-03 }
 * parseDateText('03/04/2026', 'MDY') // → { ok: true, value: 2026-03-04 }
 * parseDateText('03/04/2026', 'YMD') // → { ok: false, problem: 'needs-date-order' }
 * parseDateText('31/04/2026', 'DMY') // → { ok: false, problem: 'not-real' }
 */
export function parseDateText(text: string, order: DateOrder): DateTextResult {
  const m = DATE_PARTS.exec(text.trim());
  if (!m) return { ok: false, problem: 'not-a-date' };
  const [, first, , middle, last] = m;
  let year: number;
  let month: number;
  let day: number;
  if (first.length === 4) {
    if (last.length > 2) return { ok: false, problem: 'not-a-date' };
    [year, month, day] = [Number(first), Number(middle), Number(last)];
  } else {
    if (first.length > 2) return { ok: false, problem: 'not-a-date' };
    if (last.length !== 4) return { ok: false, problem: last.length <= 2 ? 'two-digit-year' : 'not-a-date' };
    if (order === 'YMD') return { ok: false, problem: 'needs-date-order' };
    year = Number(last);
    [day, month] = order === 'DMY' ? [Number(first), Number(middle)] : [Number(middle), Number(first)];
  }
  const date = fromYmd(year, month, day);
  return date === null ? { ok: false, problem: 'not-real' } : { ok: true, value: date };
}
