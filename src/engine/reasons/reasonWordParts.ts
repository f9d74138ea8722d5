/**
 * Pieces the reason words are made of. A detail value that is absent or blank is `null`, so the
 * words get shorter rather than printing "undefined".
 *
 * @example
 * withValue('payment in progress', inParens('invoice', detailText('INV-1')), ' ')
 * // → 'payment in progress (invoice INV-1)'
 */
export function detailText(value: string | number | undefined): string | null {
  return value == null || value === '' ? null : String(value);
}

/** `words` then `separator` and `value`, or just `words` when there is no value. */
export function withValue(words: string, value: string | null, separator: string): string {
  return value == null ? words : `${words}${separator}${value}`;
}

/** `(label value)`, or `null` without a value. */
export function inParens(label: string, value: string | null): string | null {
  if (value == null) return null;
  return label ? `(${label} ${value})` : `(${value})`;
}

/** `prefix value`, or `null` without a value. */
export function withPrefix(prefix: string, value: string | null): string | null {
  return value == null ? null : `${prefix} ${value}`;
}
