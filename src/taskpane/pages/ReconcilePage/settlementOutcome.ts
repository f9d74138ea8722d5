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

type ReasonCode = NonNullable<ReconcileItemView['reasonCode']>;

/** What applying a `ready` row means, by its reason's code (src/engine/reconcile/reconcileReason.ts). */
const READY_OUTCOMES: Partial<Record<ReasonCode, OutcomeKey>> = {
  // A failed attempt that is recorded: a card's failure, a bank's return, an attempt timed out.
  PAYMENT_FAILED: 'failed',
  PAYMENT_RETURNED: 'failed',
  TIMED_OUT: 'failed',
  // Paid in full, but the membership is not on the Members sheet: someone must look.
  MEMBERSHIP_NOT_FOUND: 'review',
  // A payment applied: in full, in part, or reinstating a dropped member.
  PAID_IN_FULL: 'paid',
  PARTIAL_PAYMENT: 'paid',
  REINSTATED: 'paid',
  // An attempt still moving (Awaiting Sync, In Progress, …): recorded, not paid.
  ATTEMPT_STATUS: 'pending',
};

/**
 * Which outcome a settlement row has. The engine's `ready` only says the row will be applied;
 * what applying it means is in its reason's code, so a failure that is recorded is `failed`, never
 * green. Green is given only to codes that apply a payment; any other `ready` row is a neutral
 * `ready`.
 *
 * @example
 * outcomeKey({ status: 'ready', reasonCode: 'PAYMENT_FAILED' })          // → 'failed'
 * outcomeKey({ status: 'ready', reasonCode: 'PAID_IN_FULL' })            // → 'paid'
 * outcomeKey({ status: 'warning', reasonCode: 'REVERSED_AFTER_SETTLEMENT' }) // → 'review'
 */
export function outcomeKey(item: Pick<ReconcileItemView, 'status' | 'reasonCode'>): OutcomeKey {
  if (item.status === 'error') return 'error';
  if (item.status === 'skipped') return 'skipped';
  if (item.status === 'warning') return 'review';
  return (item.reasonCode === null ? undefined : READY_OUTCOMES[item.reasonCode]) ?? 'ready';
}

/**
 * The badge of a settlement row: its word and colour (see {@link outcomeKey}).
 *
 * @example
 * settlementOutcome({ status: 'ready', reasonCode: 'PAYMENT_RETURNED' }) // → { label: 'Failed', color: 'danger' }
 */
export function settlementOutcome(item: Pick<ReconcileItemView, 'status' | 'reasonCode'>): SettlementOutcome {
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
export function outcomeCounts(items: readonly Pick<ReconcileItemView, 'status' | 'reasonCode'>[]): OutcomeCount[] {
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
