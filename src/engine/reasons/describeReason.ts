import type { Reason, ReasonCode } from '../model/reason';

/**
 * The words staff read for a reason (SPEC §3 "skipped … shown so staff know why"): the one place
 * reason codes become text. The switch is exhaustive, so a new {@link ReasonCode} fails to
 * compile until it has words here. Words are lower case, like a cell note, except where they
 * repeat a value staff see in the workbook (the `Failed to reconcile – timed out` status).
 *
 * The `detail` values each code reads (all optional: without them the words are shorter, never
 * "undefined"):
 * - PRODUCT_NOT_FOUND, ALREADY_ACTIVE: `product`
 * - SEASON_NOT_FOUND: `date` (ISO text)
 * - NOT_IN_MAPPING, AMBIGUOUS_MAPPING: `product`, `fromSeason`, `toSeason` (season names);
 *   AMBIGUOUS_MAPPING also `count` (matching Mapping rows)
 * - MEMBERSHIP_NOT_FOUND: `membershipId`
 * - PAYMENT_IN_PROGRESS, OLDER_UNPAID_INVOICE: `invoiceId`
 * - RETRY_LIMIT_REACHED: `attempts`, `maxRetries`
 *
 * @example
 * describeReason({ code: 'RETRY_LIMIT_REACHED' }) // → 'retry limit reached'
 * describeReason({ code: 'PAYMENT_IN_PROGRESS', detail: { invoiceId: 'INV-000012' } })
 * // → 'payment in progress (invoice INV-000012)'
 * describeReason({ code: 'NOT_IN_MAPPING', detail: { product: 'Gold', fromSeason: 'Summer 2025', toSeason: 'Summer 2026' } })
 * // → 'not in mapping table: Gold from Summer 2025 to Summer 2026'
 */
export function describeReason(reason: Reason): string {
  const get = (key: string): string | null => {
    const value = reason.detail?.[key];
    return value == null || value === '' ? null : String(value);
  };
  const code: ReasonCode = reason.code;
  switch (code) {
    case 'PRODUCT_NOT_FOUND':
      return withValue('product not in the Products sheet', get('product'), ': ');
    case 'SEASON_NOT_FOUND':
      return withValue('no season contains the date', get('date'), ' ');
    case 'NOT_IN_MAPPING':
      return withValue('not in mapping table', mappingRoute(get), ': ');
    case 'AMBIGUOUS_MAPPING':
      return withValue(`ambiguous mapping: ${mappingRowCount(get('count'))}`, mappingRoute(get), ' for ');
    case 'NO_EMAIL':
      return 'no email address';
    case 'MEMBERSHIP_NOT_FOUND':
      return withValue('no Members row for membership', get('membershipId'), ' ');
    case 'PAYMENT_IN_PROGRESS':
      return withValue('payment in progress', inParens('invoice', get('invoiceId')), ' ');
    case 'ALREADY_ACTIVE':
      return withValue('already has an active membership', inParens('product', get('product')), ' ');
    case 'RETRY_LIMIT_REACHED':
      return withValue('retry limit reached', attemptsOf(get('attempts'), get('maxRetries')), ' ');
    case 'UPDATE_PAYMENT_METHOD':
      return 'pending: update payment method';
    case 'OLDER_UNPAID_INVOICE':
      return withValue('older unpaid invoice', inParens('collecting', get('invoiceId')), ' ');
    case 'ATTEMPT_TIMED_OUT':
      return 'Failed to reconcile – timed out';
    case 'EXCLUDED_BY_STAFF':
      return 'excluded by staff';
    default: {
      const unknown: never = code;
      throw new Error(`No words for reason code ${String(unknown)}`);
    }
  }
}

type Get = (key: string) => string | null;

function withValue(words: string, value: string | null, separator: string): string {
  return value == null ? words : `${words}${separator}${value}`;
}

function inParens(label: string, value: string | null): string | null {
  if (value == null) return null;
  return label ? `(${label} ${value})` : `(${value})`;
}

/** `Gold from Summer 2025 to Summer 2026`; only the parts that are known. */
function mappingRoute(get: Get): string | null {
  const parts = [get('product'), withPrefix('from', get('fromSeason')), withPrefix('to', get('toSeason'))];
  const known = parts.filter((p): p is string => p != null);
  return known.length === 0 ? null : known.join(' ');
}

function mappingRowCount(count: string | null): string {
  return count == null ? 'more than one Mapping row' : `${count} Mapping rows`;
}

function withPrefix(prefix: string, value: string | null): string | null {
  return value == null ? null : `${prefix} ${value}`;
}

function attemptsOf(attempts: string | null, maxRetries: string | null): string | null {
  if (attempts == null) return null;
  return maxRetries == null ? `(${attempts} attempts)` : `(${attempts} of ${maxRetries} attempts)`;
}
