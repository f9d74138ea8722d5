import { fnv1aHex } from './fnv1a';

/**
 * The Message-ID (without angle brackets) of one message of a run's post (SPEC §9 "Never
 * twice"): derived from the Run ID, the as-of date and the item's key, so the same message gets
 * the same ID on every try and a copy that slips through is recognisable. Characters a dot-atom
 * cannot hold (`:`, spaces, `.` inside a part, non-ASCII…) become `_`; since that can make two
 * keys alike (`renew:M-1`, `renew_M-1`), the FNV-1a hash of the exact run, date and key follows.
 *
 * @example
 * messageIdFor('NIGHTLY', '2026-11-30', 'renew:M-1', 'example.org');
 * // 'NIGHTLY.2026-11-30.renew_M-1.<8 hex digits>@example.org'
 */
export function messageIdFor(runId: string, asOf: string, key: string, domain: string): string {
  const hash = fnv1aHex(`${runId}\n${asOf}\n${key}`);
  const right = domain
    .split('.')
    .map(atom)
    .filter((label) => label !== '_')
    .join('.');
  return `${atom(runId)}.${atom(asOf)}.${atom(key)}.${hash}@${right || 'localhost'}`;
}

/** An RFC 5322 atom: anything outside atext becomes `_`; an empty part becomes `_` too. */
function atom(text: string): string {
  return text.replace(/[^A-Za-z0-9!#$%&'*+/=?^_`{|}~-]/g, '_') || '_';
}
