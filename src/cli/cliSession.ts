import { hostname } from 'node:os';

/**
 * The CLI's posting session, recorded as a post's Posting By: `cli:<hostname>:<pid>`. It tells
 * staff where a post came from; the CLI writes a workbook at once (its files never keep a
 * `Posting` row), so no other session ever has to wait for it.
 *
 * @example
 * cliSession() // → 'cli:build-01:48213'
 */
export function cliSession(): string {
  return `cli:${hostname()}:${process.pid}`;
}
