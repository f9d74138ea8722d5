import { describeInputError } from '../../engine/reasons/describeInputError';
import { formatIsoDate } from '../../engine/dates/isoDate';
import type { LocalDate } from '../../engine/dates/localDate';
import type { InputError } from '../../engine/model/inputError';
import type { PlanItem } from '../../engine/model/planItem';
import { ITEM_STATUSES } from '../../engine/model/planItem';
import type { Plan } from '../../engine/plan/planRun';
import { statisticsCurrencies } from '../../engine/plan/planStatistics';
import { describeReason } from '../../engine/reasons/describeReason';
import { describeSetupWarning } from '../../engine/reasons/describeSetupWarning';
import type { OutputCell, SheetWrite } from '../outputGrid';
import { INPUT_ERROR_ACTION, PREVIEW_COLUMNS, previewSheetName } from './previewColumns';

export interface PreviewSheetInput {
  plan: Plan;
  inputErrors: readonly InputError[];
  fingerprint: string;
}

/** Column (0-based) where the run summary beside the table starts: one blank column after it. */
export const SUMMARY_COLUMN = PREVIEW_COLUMNS.length + 1;

/**
 * The `Preview <Run ID>` sheet (SPEC §5): one table of items plus a row per input error, and
 * beside it the run, its fingerprint, statistics per action × status, and setup warnings.
 *
 * @example
 * host.replaceSheet(previewSheet({ plan, inputErrors, fingerprint }));
 */
export function previewSheet(input: PreviewSheetInput): SheetWrite {
  const { plan, inputErrors } = input;
  const rows: OutputCell[][] = [[...PREVIEW_COLUMNS]];
  for (const item of plan.items) rows.push(itemRow(item));
  for (const error of inputErrors) rows.push(inputErrorRow(error));
  const tableRows = rows.length;
  summaryBlock(input).forEach((cells, i) => {
    const row = (rows[i] ??= []);
    while (row.length < SUMMARY_COLUMN) row.push(null);
    row.push(...cells);
  });
  return {
    name: previewSheetName(plan.run.id),
    rows,
    tableRows,
    tableColumns: PREVIEW_COLUMNS.length,
    tableName: `Preview_${plan.run.id.replace(/[^A-Za-z0-9_]/g, '_')}`,
    columnWidths: [22, 9, 9, 36, 8, 12, 14, 24, 28, 14, 14, 11, 11, 11, 11, 10, 9, 13, 8, 10, 2, 18, 14, 10, 12, 12],
  };
}

function itemRow(item: PlanItem): OutputCell[] {
  return [
    item.key,
    item.action,
    item.status,
    item.reason ? describeReason(item.reason) : null,
    item.status === 'excluded' ? 'No' : 'Yes',
    item.memberId,
    item.membershipId,
    item.name,
    item.email,
    item.product,
    item.newProduct,
    dateCell(item.endDate),
    dateCell(item.termStart),
    dateCell(item.termEnd),
    dateCell(item.dueDate),
    item.amount,
    item.currency,
    item.invoiceId,
    item.noticeNumber,
    item.noticeKind,
  ];
}

function inputErrorRow(error: InputError): OutputCell[] {
  const row: OutputCell[] = new Array(PREVIEW_COLUMNS.length).fill(null);
  row[0] = `input:${error.sheet}!${error.row}:${error.column}`;
  row[1] = INPUT_ERROR_ACTION;
  row[2] = 'error';
  row[3] = describeInputError(error);
  return row;
}

function dateCell(date: LocalDate | null): OutputCell {
  return date === null ? null : { date };
}

function summaryBlock({ plan, inputErrors, fingerprint }: PreviewSheetInput): OutputCell[][] {
  const block: OutputCell[][] = [
    ['Run', plan.run.id],
    ['Name', plan.run.name],
    ['As Of', { date: plan.asOf }],
    ['Mode', plan.run.mode],
    ['Actions', plan.run.actions.join(', ')],
    ['Fingerprint', fingerprint],
    ['Input Errors', inputErrors.length],
    [],
  ];
  // One amount column per currency (SPEC §11: no total adds two currencies): `Amount USD`, `Amount EUR`.
  const currencies = statisticsCurrencies(plan.statistics);
  block.push(['Action', 'Status', 'Count', ...(currencies.length === 0 ? ['Amount'] : currencies.map((c) => `Amount ${c}`))]);
  for (const [action, byStatus] of Object.entries(plan.statistics)) {
    for (const status of ITEM_STATUSES) {
      const { count, amount, amounts } = byStatus[status];
      if (count > 0) block.push([action, status, count, ...(currencies.length === 0 ? [amount] : currencies.map((c) => amounts[c] ?? 0))]);
    }
  }
  block.push([], ['Setup Warning', 'Message']);
  if (plan.warnings.length === 0) block.push(['none', `No setup problems found as of ${formatIsoDate(plan.asOf)}.`]);
  for (const w of plan.warnings) block.push([w.code, describeSetupWarning(w)]);
  return block;
}
