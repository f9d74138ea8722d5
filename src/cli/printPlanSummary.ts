import { describeInputError } from '../engine/reasons/describeInputError';
import { formatIsoDate } from '../engine/dates/isoDate';
import type { InputError } from '../engine/model/inputError';
import { ITEM_STATUSES } from '../engine/model/planItem';
import type { Plan } from '../engine/plan/planRun';
import { statisticsCurrencies } from '../engine/plan/planStatistics';
import { describeSetupWarning } from '../engine/reasons/describeSetupWarning';

const SHOWN_INPUT_ERRORS = 10;

/**
 * A readable summary of a preview: counts and amounts per action × status — one amount column
 * per currency (SPEC §11: no total adds two currencies) —, setup warnings and input errors (the
 * first few, with a count of the rest).
 */
export function planSummaryText(plan: Plan, inputErrors: readonly InputError[]): string {
  const { run } = plan;
  const lines = [`Run ${run.id} "${run.name}" as of ${formatIsoDate(plan.asOf)} (${run.mode}; ${run.actions.join(', ')})`, ''];
  const currencies = statisticsCurrencies(plan.statistics);
  const amountHeaders = currencies.length === 0 ? ['amount'] : currencies.map((c) => `amount ${c}`);
  lines.push(`  ${'action'.padEnd(9)}${'status'.padEnd(10)}${'count'.padStart(8)}${amountHeaders.map((h) => h.padStart(14)).join('')}`);
  let any = false;
  for (const [action, byStatus] of Object.entries(plan.statistics)) {
    for (const status of ITEM_STATUSES) {
      const { count, amount, amounts } = byStatus[status];
      if (count === 0) continue;
      any = true;
      const cells = currencies.length === 0 ? [amount ?? 0] : currencies.map((c) => amounts[c] ?? 0);
      lines.push(`  ${action.padEnd(9)}${status.padEnd(10)}${String(count).padStart(8)}${cells.map((a) => formatAmount(a).padStart(14)).join('')}`);
    }
  }
  if (!any) lines.push('  (nothing to do)');
  lines.push('');
  lines.push(plan.warnings.length === 0 ? 'Setup warnings: none' : `Setup warnings (${plan.warnings.length}):`);
  for (const w of plan.warnings) lines.push(`  ${w.code}: ${describeSetupWarning(w)}`);
  lines.push(inputErrors.length === 0 ? 'Input errors: none' : `Input errors (${inputErrors.length}; those rows were left out of planning):`);
  for (const e of inputErrors.slice(0, SHOWN_INPUT_ERRORS)) lines.push(`  ${describeInputError(e)}`);
  if (inputErrors.length > SHOWN_INPUT_ERRORS) lines.push(`  … and ${inputErrors.length - SHOWN_INPUT_ERRORS} more (all are in the preview sheet)`);
  return lines.join('\n');
}

function formatAmount(amount: number): string {
  return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
