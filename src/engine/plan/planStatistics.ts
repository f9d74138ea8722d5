import type { ItemStatus, PlanItem } from '../model/planItem';
import { ITEM_STATUSES } from '../model/planItem';
import type { Action } from '../model/run';
import { roundCents } from '../money/roundCents';

/** Kept here too for callers written before it had a module of its own. */
export { roundCents };

/** Sums by currency code (`{ USD: 1440, EUR: 300 }`), each rounded to cents. */
export type CurrencyAmounts = Record<string, number>;

export interface CountAndAmount {
  count: number;
  /**
   * The plain sum of the items' amounts when every item of the plan that has an amount is in one
   * currency, else `null` (SPEC §11: "no total ever adds two currencies").
   */
  amount: number | null;
  /** The sum per currency of this cell's items; a cell without amounts has `{}`. */
  amounts: CurrencyAmounts;
}

/** Count and amount per action × status (SPEC §5, §11); every listed action has every status. */
export type PlanStatistics = Partial<Record<Action, Record<ItemStatus, CountAndAmount>>>;

/**
 * Counts items and sums their amounts per action and status, and per currency. Amounts are
 * rounded to cents so that sums of prices like 0.1 + 0.2 print as 0.3. An amount without a
 * currency (a product missing from Products) is summed under `amount` only.
 *
 * @example
 * planStatistics(items, ['renew']).renew?.ready // → { count: 12, amount: 1440, amounts: { USD: 1440 } }
 * // a plan with USD and EUR items:
 * planStatistics(items, ['renew']).renew?.ready // → { count: 14, amount: null, amounts: { USD: 1440, EUR: 300 } }
 */
export function planStatistics(items: readonly PlanItem[], actions: readonly Action[]): PlanStatistics {
  const stats: PlanStatistics = {};
  const ensure = (action: Action) => (stats[action] ??= emptyRow());
  for (const action of actions) ensure(action);
  const currencies = new Set<string>();
  for (const item of items) countItem(ensure(item.action)[item.status], item, currencies);
  if (currencies.size > 1) for (const row of Object.values(stats)) for (const s of ITEM_STATUSES) row[s].amount = null;
  return stats;
}

/**
 * Counts one item into a cell: its amount into the plain sum and into its currency's sum (each
 * rounded to cents), and its currency into `currencies`, so the caller can drop every plain sum
 * once the plan has two (SPEC §11).
 *
 * @example
 * countItem(cell, { amount: 90, currency: 'EUR' }, currencies) // cell.amounts.EUR += 90
 */
export function countItem(cell: CountAndAmount, item: Pick<PlanItem, 'amount' | 'currency'>, currencies: Set<string>): void {
  cell.count += 1;
  if (item.amount === null) return;
  cell.amount = roundCents((cell.amount ?? 0) + item.amount);
  if (item.currency !== null) {
    currencies.add(item.currency);
    cell.amounts[item.currency] = roundCents((cell.amounts[item.currency] ?? 0) + item.amount);
  }
}

/**
 * The currencies a statistics table holds amounts in, in order of first appearance.
 *
 * @example
 * statisticsCurrencies(plan.statistics) // → ['USD', 'EUR']
 */
export function statisticsCurrencies(stats: PlanStatistics): string[] {
  const seen = new Set<string>();
  for (const row of Object.values(stats)) for (const s of ITEM_STATUSES) for (const c of Object.keys(row[s].amounts)) seen.add(c);
  return [...seen];
}

function emptyRow(): Record<ItemStatus, CountAndAmount> {
  const row = {} as Record<ItemStatus, CountAndAmount>;
  for (const s of ITEM_STATUSES) row[s] = { count: 0, amount: 0, amounts: {} };
  return row;
}
