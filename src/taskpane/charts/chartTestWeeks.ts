import type { ForecastWeekView } from '../session/runsSession';

/**
 * A test projection: `count` weeks from `from` (ISO), each week's counts from `counts(i)`
 * (zero for the actions it leaves out).
 */
export function testWeeks(from: string, count: number, counts: (i: number) => Partial<ForecastWeekView> = () => ({})): ForecastWeekView[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => ({
    weekStart: new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10),
    renew: 0,
    notify: 0,
    lapse: 0,
    drop: 0,
    activate: 0,
    ...counts(i),
  }));
}
