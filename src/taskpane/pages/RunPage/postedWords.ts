import type { Action } from '../../../engine/model/run';
import { formatAmount, formatCount } from '../../components/feedback/formatNumbers';
import type { PostSummary } from '../../session/runsSession';

/** One line per action of a post summary, and the grand totals. */
export function summaryLines(summary: PostSummary): { action: Action; count: number; amount: number }[] {
  return (Object.entries(summary.counts) as [Action, { count: number; amount: number }][]).map(([action, cell]) => ({
    action,
    ...cell,
  }));
}

/** What a finished post did, in one sentence: "Posted as of 2026-03-01: 12 renew (1,440.00), 3 notify." */
export function postedWords(summary: PostSummary): string {
  const parts = summaryLines(summary).map(({ action, count, amount }) => `${formatCount(count)} ${action}${amount ? ` (${formatAmount(amount)})` : ''}`);
  return `Posted as of ${summary.asOf}: ${parts.length ? parts.join(', ') : 'nothing to apply'}.`;
}
