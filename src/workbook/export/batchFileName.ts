import type { BatchKind } from '../../engine/apply/batches';
import { formatIsoDate } from '../../engine/dates/isoDate';
import type { LocalDate } from '../../engine/dates/localDate';

/** The file formats a batch is exported in. */
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The file name of an exported batch: `<RUN ID>-<kind>-<YYYY-MM-DD>.<format>`, the date being
 * the as-of date of the post, so the exports of successive posts never overwrite each other.
 * Run IDs hold only `A-Z 0-9 - _`, so the name is safe on every file system.
 *
 * @example
 * batchFileName('NIGHTLY', 'invoices', isoDate('2026-11-21'), 'csv') // → 'NIGHTLY-invoices-2026-11-21.csv'
 */
export function batchFileName(runId: string, kind: BatchKind, asOf: LocalDate, format: ExportFormat): string {
  return `${runId}-${kind}-${formatIsoDate(asOf)}.${format}`;
}

/**
 * The name of a post's batches as one workbook: `<RUN ID>-batches-<YYYY-MM-DD>.xlsx`, beside
 * the per-batch names of {@link batchFileName}.
 *
 * @example
 * batchesWorkbookName('NIGHTLY', isoDate('2026-11-21')) // → 'NIGHTLY-batches-2026-11-21.xlsx'
 */
export function batchesWorkbookName(runId: string, asOf: LocalDate): string {
  return `${runId}-batches-${formatIsoDate(asOf)}.xlsx`;
}
