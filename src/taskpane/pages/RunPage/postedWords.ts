import type { Action } from '../../../engine/model/run';
import { cellMoneyParts, type CellMoney } from '../../components/feedback/cellMoney';
import { listInWords } from '../../components/feedback/formatMoney';
import { formatCount } from '../../components/feedback/formatNumbers';
import type { PostSummary } from '../../session/runsSession';

/** One action of a post summary: its count and its money per currency (SPEC §11). */
export interface SummaryLine extends CellMoney {
  action: Action;
  count: number;
}

/**
 * One line per action of a post summary, in the summary's order.
 *
 * @example
 * summaryLines(summary) // → [{ action: 'renew', count: 12, amount: null, amounts: { USD: 1440, EUR: 300 } }, …]
 */
export function summaryLines(summary: PostSummary): SummaryLine[] {
  return (Object.entries(summary.counts) as [Action, NonNullable<PostSummary['counts'][Action]>][]).map(([action, cell]) => ({
    action,
    count: cell.count,
    amount: cell.amount,
    amounts: cell.amounts,
  }));
}

/**
 * The totals of a summary's lines: the count, and each currency's sum — never a sum across
 * currencies (`amount` is the plain sum only while no line has it null).
 *
 * @example
 * summaryTotal(lines) // → { count: 15, amount: null, amounts: { USD: 1440, EUR: 300 } }
 */
export function summaryTotal(lines: readonly SummaryLine[]): { count: number } & CellMoney {
  const amounts: Record<string, number> = {};
  let amount: number | null = 0;
  for (const line of lines) {
    for (const [currency, value] of Object.entries(line.amounts)) amounts[currency] = cents((amounts[currency] ?? 0) + value);
    amount = amount === null || line.amount === null ? null : cents(amount + line.amount);
  }
  return { count: lines.reduce((sum, line) => sum + line.count, 0), amount, amounts };
}

const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * What a finished post did, in one sentence, each amount with its currency and never two
 * currencies added.
 *
 * @example
 * postedWords(summary) // → 'Posted as of 2026-03-01: 12 renew ($1,440.00 and €300.00), 3 notify.'
 */
export function postedWords(summary: PostSummary): string {
  const parts = summaryLines(summary).map((line) => {
    const money = listInWords(cellMoneyParts(line));
    return `${formatCount(line.count)} ${line.action}${money ? ` (${money})` : ''}`;
  });
  return `Posted as of ${summary.asOf}: ${parts.length ? parts.join(', ') : 'nothing to apply'}.`;
}
