import { ACTIONS } from '../../engine/actions/actionRegistry';
import { posts } from '../../engine/model/planItem';
import type { Plan } from '../../engine/plan/planRun';
import { roundCents } from '../../engine/money/roundCents';
import type { OutputCell } from '../outputGrid';
import { actionAmountHeader, actionCountHeader, RunLogStatus } from './runLogSheet';

/**
 * The Run Log row of a post (SPEC §5): run, as-of date, when, status, the count and amount of
 * posted items per action, the fingerprint of the inputs the preview read, and who is posting
 * since when (Posting Since is the post's Executed At).
 *
 * @example
 * runLogValues(plan, 'abc', '2026-11-21T02:00:00Z', 'Posting', 'pane:1b4e…')['Renew Count'] // → 182
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
  for (const action of ACTIONS) {
    const posted = plan.items.filter((i) => i.action === action && posts(i));
    values[actionCountHeader(action)] = posted.length;
    values[actionAmountHeader(action)] = roundCents(posted.reduce((sum, i) => sum + (i.amount ?? 0), 0));
  }
  return values;
}
