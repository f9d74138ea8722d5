/** Longest Run ID (SPEC §4). */
export const MAX_RUN_ID_LENGTH = 20;
/** The ID a name without a single letter or digit (`'!!!'`, `'会员续费'`) is derived to. */
const FALLBACK_ID = 'RUN';

/**
 * A unique Run ID derived from a run's name (SPEC §4), for a blank Run ID cell, a new run in
 * the editor, or a clone. Accents are dropped (`Café` → `CAFE`); letters are upper-cased;
 * every run of other characters than `A-Z 0-9 _` becomes one `-`; `-` is trimmed from both
 * ends; the result is cut to 20 characters. When that ID is taken, `-2`, `-3`, … is appended
 * (cutting the base further so the whole stays within 20). A name with no letter or digit
 * gives `RUN`.
 *
 * @param takenIds IDs already in use, upper-case as stored.
 * @example
 * deriveRunId('Gold renewals (May)', new Set())                // → 'GOLD-RENEWALS-MAY'
 * deriveRunId('Nightly', new Set(['NIGHTLY']))                  // → 'NIGHTLY-2'
 * deriveRunId('Nightly', new Set(['NIGHTLY', 'NIGHTLY-2']))     // → 'NIGHTLY-3'
 */
export function deriveRunId(name: string, takenIds: ReadonlySet<string>): string {
  const base = baseId(name);
  if (!takenIds.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${trimDashes(base.slice(0, MAX_RUN_ID_LENGTH - suffix.length))}${suffix}`;
    if (!takenIds.has(candidate)) return candidate;
  }
}

function baseId(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9_]+/g, '-');
  // Trim again after cutting: the cut may end on a '-'.
  const id = trimDashes(trimDashes(plain).slice(0, MAX_RUN_ID_LENGTH));
  return id === '' ? FALLBACK_ID : id;
}

function trimDashes(text: string): string {
  return text.replace(/^-+|-+$/g, '');
}
