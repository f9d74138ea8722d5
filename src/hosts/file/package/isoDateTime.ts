import type { Cell } from '../../../workbook/sheetGrid';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/;

/**
 * A `t="d"` cell's ISO 8601 text as a JS Date, its wall-clock fields read as UTC (SPEC §1: no
 * time zones); a time of day alone as the fraction of a day Excel stores for it; text when
 * neither.
 *
 * @example
 * isoDateTime('2026-11-21T08:30') // → new Date(Date.UTC(2026, 10, 21, 8, 30))
 * isoDateTime('12:00')            // → 0.5
 */
export function isoDateTime(text: string): Cell {
  const time = TIME.exec(text);
  if (time) return (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0) + Number(`0.${time[4] ?? 0}`)) / 86400;
  const m = ISO.exec(text);
  if (!m) return text;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0'] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.round(Number(`0.${frac}`) * 1000)));
  if (Number(y) < 100) date.setUTCFullYear(Number(y));
  return Number.isNaN(date.getTime()) ? text : date;
}
