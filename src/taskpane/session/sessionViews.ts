import { formatIsoDate } from '../../engine/dates/isoDate';
import { planItemJson } from '../../workbook/write/planJson';
import type { PlanItem } from '../../engine/model/planItem';
import { describeSetupWarning } from '../../engine/reasons/describeSetupWarning';
import type { Preview } from '../../workbook/preview/buildPreview';
import type { ItemView, RunPreview } from './runsSession';

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

function itemView(item: PlanItem, posted: boolean): ItemView {
  return {
    ...planItemJson(item),
    email: item.email,
    excludable: !posted && (item.status === 'ready' || item.status === 'warning' || item.status === 'excluded'),
  };
}
