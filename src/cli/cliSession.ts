import { hostname } from 'node:os';

/**
 * The CLI's posting session, recorded as a post's Posting By: `cli:<hostname>:<pid>`, or the
 * `RENEWAL_RUNS_SESSION` environment variable when set (a scheduler may name itself; the
 * process tests set it so a post of the same book always gives the same bytes). It tells staff
 * where a post came from; the CLI writes a workbook at once (its files never keep a `Posting`
 * row), so no other session ever has to wait for it.
 *
 * @example
 * cliSession({}) // → 'cli:build-01:48213'
 * cliSession({ RENEWAL_RUNS_SESSION: 'cli:nightly-cron' }) // → 'cli:nightly-cron'
 */
export function cliSession(env: NodeJS.ProcessEnv = process.env): string {
  const named = env.RENEWAL_RUNS_SESSION?.trim();
  return named ? named : `cli:${hostname()}:${process.pid}`;
}
