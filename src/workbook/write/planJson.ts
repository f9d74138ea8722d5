import { formatIsoDateOrNull } from '../../engine/dates/isoDate';
import type { InputError } from '../../engine/model/inputError';
import type { ItemStatus, NoticeKind, PlanItem } from '../../engine/model/planItem';
import type { Action } from '../../engine/model/run';
import type { Plan } from '../../engine/plan/planRun';
import type { PlanStatistics } from '../../engine/plan/planStatistics';
import { describeReason } from '../../engine/reasons/describeReason';
import { describeSetupWarning } from '../../engine/reasons/describeSetupWarning';

/** One item of `preview --json` (SPEC §6): ISO dates, absent values `null`, amounts numbers. */
export interface PlanItemJson {
  key: string;
  action: Action;
  status: ItemStatus;
  reason: string | null;
  memberId: string | null;
  membershipId: string | null;
  name: string | null;
  product: string | null;
  newProduct: string | null;
  endDate: string | null;
  termStart: string | null;
  termEnd: string | null;
  dueDate: string | null;
  amount: number | null;
  invoiceId: string | null;
  noticeNumber: number | null;
  noticeKind: NoticeKind | null;
}

/** The object `preview --json` prints (SPEC §6). */
export interface PlanJson {
  run: { id: string; name: string; asOf: string; mode: string; actions: string[] };
  fingerprint: string;
  items: PlanItemJson[];
  inputErrors: InputError[];
  warnings: { code: string; message: string }[];
  statistics: PlanStatistics;
}

/**
 * The plan in the JSON contract of SPEC §6, field for field.
 *
 * @example
 * JSON.stringify(planJson(plan, inputErrors, fingerprint))
 */
export function planJson(plan: Plan, inputErrors: readonly InputError[], fingerprint: string): PlanJson {
  return {
    run: {
      id: plan.run.id,
      name: plan.run.name,
      asOf: formatIsoDateOrNull(plan.asOf) as string,
      mode: plan.run.mode,
      actions: [...plan.run.actions],
    },
    fingerprint,
    items: plan.items.map(planItemJson),
    inputErrors: inputErrors.map((e) => ({ sheet: e.sheet, row: e.row, column: e.column, message: e.message })),
    warnings: plan.warnings.map((w) => ({ code: w.code, message: describeSetupWarning(w) })),
    statistics: plan.statistics,
  };
}

/**
 * One item in the JSON contract of SPEC §6: ISO dates, the reason in words, absent values `null`.
 * The task pane's item view is built on it too.
 *
 * @example
 * planItemJson(item).termStart // → '2026-12-11'
 */
export function planItemJson(i: PlanItem): PlanItemJson {
  return {
    key: i.key,
    action: i.action,
    status: i.status,
    reason: i.reason ? describeReason(i.reason) : null,
    memberId: i.memberId,
    membershipId: i.membershipId,
    name: i.name,
    product: i.product,
    newProduct: i.newProduct,
    endDate: formatIsoDateOrNull(i.endDate),
    termStart: formatIsoDateOrNull(i.termStart),
    termEnd: formatIsoDateOrNull(i.termEnd),
    dueDate: formatIsoDateOrNull(i.dueDate),
    amount: i.amount,
    invoiceId: i.invoiceId,
    noticeNumber: i.noticeNumber,
    noticeKind: i.noticeKind,
  };
}
