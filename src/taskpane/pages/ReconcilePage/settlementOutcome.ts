import { formatCount } from '../../components/feedback/formatNumbers';
import type { ReconcileItemView } from '../../session/reconcileSession';

/** The badge colours an outcome uses (a subset of Fluent v9 Badge's `color`). */
export type OutcomeColor = 'success' | 'danger' | 'warning' | 'informative' | 'subtle';

/** What a settlement row means for the coordinator: the badge's word and its colour. */
export interface SettlementOutcome {
  /** One or two words on the badge, e.g. `Paid`, `Failed`. */
  label: string;
  color: OutcomeColor;
}

/** The outcomes in the order the preview counts them. */
export const OUTCOMES = {
  paid: { label: 'Paid', color: 'success' },
  failed: { label: 'Failed', color: 'danger' },
  pending: { label: 'Pending', color: 'informative' },
  review: { label: 'Needs review', color: 'warning' },
  ready: { label: 'Ready', color: 'informative' },
  skipped: { label: 'Skipped', color: 'subtle' },
  error: { label: 'Error', color: 'danger' },
} as const satisfies Record<string, SettlementOutcome>;

export type OutcomeKey = keyof typeof OUTCOMES;

// The engine's words (describeReconcileReason) for a `ready` row that records a failed attempt:
// a card's failure, a bank's return, an attempt that timed out. Applying it writes the failure.
const FAILED = /^(payment failed|payment returned|failed to reconcile)/i;
// A payment applied in full, but its membership is not on the Members sheet: someone must look.
const PAID_BUT = /^paid in full, but/i;
// A payment that is applied: in full, in part, or reinstating a dropped member.
const PAID = /^(paid in full|partial payment|reinstated)/i;
// An attempt still moving (`payment Awaiting Sync`, `payment In Progress`, …): recorded, not paid.
const PENDING = /^payment /i;

/**
 * Which outcome a settlement row has. The engine's `ready` only says the row will be applied;
 * what applying it means is in its reason, so a failure that is recorded is `failed`, never
 * green. Green is given only to reasons known to apply a payment; a `ready` row whose reason
 * is not recognised is a neutral `ready`.
 *
 * @example
 * outcomeKey({ status: 'ready', reason: 'payment failed: expired card' })       // → 'failed'
 * outcomeKey({ status: 'ready', reason: 'paid in full; membership extended' }) // → 'paid'
 * outcomeKey({ status: 'warning', reason: 'reversed after it settled (…)' })   // → 'review'
 */
export function outcomeKey(item: Pick<ReconcileItemView, 'status' | 'reason'>): OutcomeKey {
  if (item.status === 'error') return 'error';
  if (item.status === 'skipped') return 'skipped';
  if (item.status === 'warning') return 'review';
  const reason = item.reason ?? '';
  if (FAILED.test(reason)) return 'failed';
  if (PAID_BUT.test(reason)) return 'review';
  if (PAID.test(reason)) return 'paid';
  if (PENDING.test(reason)) return 'pending';
  return 'ready';
}

/**
 * The badge of a settlement row: its word and colour (see {@link outcomeKey}).
 *
 * @example
 * settlementOutcome({ status: 'ready', reason: 'payment returned: AM04 Insufficient funds' }) // → { label: 'Failed', color: 'danger' }
 */
export function settlementOutcome(item: Pick<ReconcileItemView, 'status' | 'reason'>): SettlementOutcome {
  return OUTCOMES[outcomeKey(item)];
}

// A count's words: "1 needs review", "2 need review", "2 errors".
const COUNTED: Record<OutcomeKey, readonly [one: string, many: string]> = {
  paid: ['paid', 'paid'],
  failed: ['failed', 'failed'],
  pending: ['pending', 'pending'],
  review: ['needs review', 'need review'],
  ready: ['ready', 'ready'],
  skipped: ['skipped', 'skipped'],
  error: ['error', 'errors'],
};

/** One outcome's count, for the preview's summary line. */
export interface OutcomeCount extends SettlementOutcome {
  key: OutcomeKey;
  count: number;
  /** The count in words, e.g. `2 need review`. */
  words: string;
}

/**
 * How many rows have each outcome, in {@link OUTCOMES} order, leaving out outcomes no row has.
 *
 * @example
 * outcomeCounts([{ status: 'ready', reason: 'paid in full; membership extended' }, { status: 'error', reason: 'unknown invoice' }])
 *   .map((c) => c.words) // → ['1 paid', '1 error']
 */
export function outcomeCounts(items: readonly Pick<ReconcileItemView, 'status' | 'reason'>[]): OutcomeCount[] {
  const counts = new Map<OutcomeKey, number>();
  for (const item of items) {
    const key = outcomeKey(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (Object.keys(OUTCOMES) as OutcomeKey[])
    .filter((key) => counts.has(key))
    .map((key) => {
      const count = counts.get(key) ?? 0;
      return { key, ...OUTCOMES[key], count, words: `${formatCount(count)} ${COUNTED[key][count === 1 ? 0 : 1]}` };
    });
}
