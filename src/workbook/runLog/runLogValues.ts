import { ACTIONS } from '../../engine/actions/actionRegistry';
import type { Plan } from '../../engine/plan/planRun';
import { postingCounts } from '../../engine/plan/postingCounts';
import type { OutputCell } from '../outputGrid';
import { actionAmountHeader, actionCountHeader, RUN_LOG_CURRENCY_HEADER, RunLogStatus } from './runLogSheet';

/**
 * The Run Log row of a post (SPEC §5): run, as-of date, when, status, the count and amount of
 * posted items per action, the fingerprint of the inputs the preview read, and who is posting
 * since when (Posting Since is the post's Executed At).
 *
 * Amounts per currency (SPEC §11): `Currency` names the currencies posted; while there is one,
 * each `<Action> Amount` is a number, and when there are several it is text per currency
 * (`120.00 USD; 90.00 EUR`) — a Run Log never shows a sum of two currencies.
 *
 * @example
 * runLogValues(plan, 'abc', '2026-11-21T02:00:00Z', 'Posting', 'pane:1b4e…')['Renew Count'] // → 182
 * runLogValues(mixedPlan, …)['Renew Amount'] // → '1440.00 USD; 300.00 EUR'
 */
export function runLogValues(plan: Plan, fingerprint: string, executedAt: string, status: RunLogStatus, postingBy: string): Record<string, OutputCell> {
  const values: Record<string, OutputCell> = {
    'Run ID': plan.run.id,
    'As Of': { date: plan.asOf },
    'Executed At': executedAt,
    Status: status,
    Fingerprint: fingerprint,
    'Posting By': postingBy,
    'Posting Since': executedAt,
  };
  const counts = postingCounts(plan.items);
  const currencies = new Set<string>();
  for (const cell of Object.values(counts)) for (const c of Object.keys(cell.amounts)) currencies.add(c);
  for (const action of ACTIONS) {
    const cell = counts[action];
    values[actionCountHeader(action)] = cell?.count ?? 0;
    values[actionAmountHeader(action)] = cell === undefined ? 0 : (cell.amount ?? amountsText(cell.amounts));
  }
  values[RUN_LOG_CURRENCY_HEADER] = currencies.size === 0 ? null : [...currencies].join(', ');
  return values;
}

function amountsText(amounts: Readonly<Record<string, number>>): string {
  const parts = Object.entries(amounts).map(([currency, amount]) => `${amount.toFixed(2)} ${currency}`);
  return parts.length === 0 ? '0' : parts.join('; ');
}
