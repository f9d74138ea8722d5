import { BATCH_KINDS, type Batches } from '../../engine/apply/batches';
import type { SheetWrite } from '../outputGrid';
import { batchSheetName } from './batchSheetName';
import { batchSheetWrite } from './batchSheetWrite';
import { batchTable } from './batchTable';

/**
 * The batch sheets a post writes (SPEC §5): one `<Run ID> <Kind>` sheet per batch that has
 * rows, in the order Invoices, Notices, Drops, Payments, Activations. Each holds the header,
 * the rows (Member ID, Name and Email first, then the action's own fields) and a totals row.
 * An empty batch writes no sheet. Never mutates `batches`.
 *
 * @example
 * for (const sheet of batchSheets('NIGHTLY', batches)) host.replaceSheetSync(sheet);
 * // → sheets 'NIGHTLY Invoices', 'NIGHTLY Notices', … (only those with rows)
 */
export function batchSheets(runId: string, batches: Batches): SheetWrite[] {
  return BATCH_KINDS.filter((kind) => (batches[kind] as readonly unknown[]).length > 0).map((kind) =>
    batchSheetWrite(batchSheetName(runId, kind), batchTable(kind, batches)),
  );
}
