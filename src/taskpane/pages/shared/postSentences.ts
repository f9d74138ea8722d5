import type { Action } from '../../../engine/model/run';
import { cellMoneyParts, type CellMoney } from '../../components/feedback/cellMoney';
import { listInWords } from '../../components/feedback/formatMoney';
import { formatCount } from '../../components/feedback/formatNumbers';
import type { PostSummary } from '../../session/runsSession';

/** Items of a preview that a post leaves out: those with an error, and those staff excluded. */
export interface NotPosted {
  errors: number;
  excluded: number;
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** Each currency's amount in words, never added together, a currency with nothing left out; `''` without money. */
const money = (cell: CellMoney) => {
  const amounts = Object.fromEntries(Object.entries(cell.amounts).filter(([, amount]) => amount !== 0));
  return listInWords(cellMoneyParts({ amount: cell.amount === 0 ? null : cell.amount, amounts }));
};

/** What one action's items do when posted, as a sentence without its full stop. */
const SENTENCES: Record<Action, (count: number, cell: CellMoney) => string> = {
  activate: (n, cell) => `Activates ${plural(n, 'membership', 'memberships')}${money(cell) ? `, invoicing ${money(cell)}` : ''}`,
  renew: (n, cell) => `Creates ${plural(n, 'invoice', 'invoices')}${money(cell) ? `, ${money(cell)}` : ''}`,
  lapse: (n) => `Lapses ${plural(n, 'membership', 'memberships')}`,
  drop: (n, cell) => `Drops ${plural(n, 'membership', 'memberships')}${money(cell) ? ` (open balance ${money(cell)})` : ''}`,
  notify: (n) => `Sends ${plural(n, 'notice', 'notices')}`,
  collect: (n, cell) => `Submits ${plural(n, 'AutoPay payment', 'AutoPay payments')}${money(cell) ? `, ${money(cell)}` : ''}`,
};

/**
 * What a post applies, one sentence per action in the summary's order, each amount with its
 * currency and two currencies never added (SPEC §11); actions with nothing to post are left out.
 *
 * @example
 * postSentences(summary) // → ['Creates 182 invoices, $15,302.50', 'Sends 231 notices', 'Drops 35 memberships (open balance $1,275.00)']
 */
export function postSentences(summary: PostSummary): string[] {
  return (Object.entries(summary.counts) as [Action, NonNullable<PostSummary['counts'][Action]>][])
    .filter(([, cell]) => cell.count > 0)
    .map(([action, cell]) => SENTENCES[action](cell.count, cell));
}

/**
 * The sentence naming what a post leaves out, or null when it leaves out nothing.
 *
 * @example
 * notPostedSentence({ errors: 1, excluded: 1 }) // → '1 item with an error and 1 excluded item will not be posted.'
 * notPostedSentence({ errors: 0, excluded: 3 }) // → '3 excluded items will not be posted.'
 */
export function notPostedSentence({ errors, excluded }: NotPosted): string | null {
  const parts = [
    errors > 0 ? plural(errors, 'item with an error', 'items with errors') : null,
    excluded > 0 ? plural(excluded, 'excluded item', 'excluded items') : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : `${parts.join(' and ')} will not be posted.`;
}

/**
 * The error and excluded items of a preview, from its statistics (count per action × status).
 *
 * @example
 * notPostedOf(preview.statistics) // → { errors: 1, excluded: 2 }
 */
export function notPostedOf(statistics: Partial<Record<Action, Record<'error' | 'excluded', { count: number }>>>): NotPosted {
  const cells = Object.values(statistics);
  return {
    errors: cells.reduce((sum, byStatus) => sum + (byStatus?.error.count ?? 0), 0),
    excluded: cells.reduce((sum, byStatus) => sum + (byStatus?.excluded.count ?? 0), 0),
  };
}
