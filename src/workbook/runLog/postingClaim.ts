import type { RunLogEntry } from './readRunLog';

/**
 * How long a `Posting` Run Log row counts as a post still being written by the session named in
 * its `Posting By`. The longest post through the Office host — 100,000 memberships, 19 requests
 * of up to 3.6 MB (README, Performance) — takes a few minutes on Excel on the web at worst; 15
 * minutes is several times that, and short enough that an interrupted post does not block its
 * run for long. After it the row is an interrupted post (README, The Office host).
 */
export const POSTING_LIMIT_MINUTES = 15;

const LIMIT_MS = POSTING_LIMIT_MINUTES * 60_000;

/** Who asks about a `Posting` row, and when: the session's identity and the host clock's instant (ISO). */
export interface PostingSession {
  /** `pane:<uuid>` (one per pane load) or `cli:<hostname>:<pid>`: what `Posting By` records. */
  session: string;
  /** ISO 8601 date-time with an offset, e.g. `2026-11-21T10:05:00Z`. */
  now: string;
}

/**
 * A `Posting` row as the session sees it: `fresh` (another session, or this one, may be writing
 * it now), `stale` (older than the limit: interrupted), or `unclaimed` (no Posting By or Posting
 * Since: written by an earlier version, which had no such columns — interrupted).
 */
export type PostingClaim = { state: 'unclaimed' } | { state: 'fresh' | 'stale'; by: string; since: string };

/**
 * Classifies a `Posting` Run Log row at `now`. A row is stale only when strictly older than
 * POSTING_LIMIT_MINUTES: at exactly the limit it is still fresh. A Posting Since ahead of `now`
 * (the other machine's clock runs fast) counts as fresh, so a running post is never undone for a
 * clock's sake; the limit is wide enough for clocks minutes apart.
 *
 * @example
 * postingClaim({ postingBy: 'pane:a1', postingSince: '2026-11-21T10:02:00Z', … }, '2026-11-21T10:05:00Z')
 * // → { state: 'fresh', by: 'pane:a1', since: '2026-11-21T10:02:00Z' }
 */
export function postingClaim(entry: Pick<RunLogEntry, 'postingBy' | 'postingSince'>, now: string): PostingClaim {
  const since = entry.postingSince === null ? null : timestampMillis(entry.postingSince);
  if (entry.postingBy === null || entry.postingBy.trim() === '' || entry.postingSince === null || since === null) return { state: 'unclaimed' };
  const nowMillis = timestampMillis(now);
  if (nowMillis === null) throw new Error(`postingClaim: now '${now}' is not an ISO date-time`);
  return { state: nowMillis - since > LIMIT_MS ? 'stale' : 'fresh', by: entry.postingBy, since: entry.postingSince };
}

/**
 * Milliseconds since the epoch of a recorded moment as parseTimestampCell gives it. A moment
 * without an offset (a date-time serial someone typed over the text) is read as UTC, as the
 * product writes every moment in UTC; `Date.parse` alone would take it as local time.
 *
 * @example
 * timestampMillis('2026-11-21T10:02') // → Date.UTC(2026, 10, 21, 10, 2)
 */
export function timestampMillis(text: string): number | null {
  const iso = text.trim().replace(' ', 'T');
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso)) return null;
  const millis = Date.parse(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(millis) ? null : millis;
}
