import { type ApprovalWait, postsAtWords } from '../../app/approveRun';
import type { ListedRun } from '../../app/listRuns';
import { formatIsoDate, formatIsoDateOrNull } from '../../engine/dates/isoDate';
import type { PlanItem } from '../../engine/model/planItem';
import { postingCounts } from '../../engine/plan/postingCounts';
import { describeSetupWarning } from '../../engine/reasons/describeSetupWarning';
import type { PreparedPost } from '../../workbook/post/preparePost';
import type { Preview } from '../../workbook/preview/buildPreview';
import { planItemJson } from '../../workbook/write/planJson';
import type { ItemView, PostSummary, RunPreview, RunSummary } from './runsSession';

/**
 * How the pages see a preview: dates as ISO text, reasons and warnings in words.
 *
 * @example
 * previewView(preview, false).items[0].reason // → 'payment in progress (invoice INV-000012)'
 */
export function previewView(preview: Preview, posted: boolean): RunPreview {
  const { plan } = preview;
  return {
    runId: plan.run.id,
    asOf: formatIsoDate(plan.asOf),
    fingerprint: preview.fingerprint,
    items: plan.items.map((item) => itemView(item, posted)),
    inputErrors: preview.inputErrors,
    warnings: plan.warnings.map((w) => ({ code: w.code, message: describeSetupWarning(w) })),
    statistics: plan.statistics,
    posted,
  };
}

/**
 * A run of the Runs page: dates as ISO text (null on demand), setup warnings in words, and
 * `approval` when it waits for approval (SPEC §12).
 *
 * @example
 * runSummaryView(listRuns(book, today)[0], null) // → { id: 'NIGHTLY', due: true, occurrence: '2026-11-21', waitsForApproval: false, … }
 */
export function runSummaryView({ run, due, warnings }: ListedRun, approval: ApprovalWait | null = null): RunSummary {
  return {
    id: run.id,
    name: run.name,
    status: run.status,
    mode: run.mode,
    actions: run.actions,
    paymentFile: run.paymentFile,
    occurrence: formatIsoDateOrNull(due?.occurrence),
    preProcessingDate: formatIsoDateOrNull(due?.preProcessingDate),
    due: due?.due ?? false,
    waitsForApproval: approval !== null,
    postsAt: approval && postsAtWords(approval),
    warnings: warnings.map((w) => ({ code: w.code, message: describeSetupWarning(w) })),
  };
}

/**
 * What a post applies, per action: the count and amount of the items it posts.
 *
 * @example
 * postSummaryView(post).counts.renew // → { count: 150, amount: 17200 }
 */
export function postSummaryView(post: PreparedPost): PostSummary {
  return { runId: post.plan.run.id, asOf: formatIsoDate(post.asOf), counts: postingCounts(post.plan.items) };
}

function itemView(item: PlanItem, posted: boolean): ItemView {
  return {
    ...planItemJson(item),
    email: item.email,
    currency: item.currency,
    excludable: !posted && (item.status === 'ready' || item.status === 'warning' || item.status === 'excluded'),
  };
}
