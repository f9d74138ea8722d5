import type { PostedCollection } from '../../../engine/reconcile/bank/bankSettlement';
import type { ReadContext } from '../../read/readContext';
import { readSheetRows } from '../../read/readSheetRows';
import { sortByRow, type SheetReadResult } from '../../read/sheetReadResult';
import type { SheetGrid } from '../../sheetGrid';
import { paymentInformationId } from '../sepa/paymentInformationId';
import { sepaBatchKey } from '../sepa/sepaBatchKey';
import { collectionsSheet } from './collectionsSheet';

/**
 * The Collections ledger (see `collectionsSheet`) as the collections reconcile matches bank
 * answers against, each SEPA one with the PmtInfId the export gave its batch. A row with a bad
 * cell is an input error and left out (reconcile then cannot match it, and says so).
 *
 * @example
 * readCollections(findSheet(grids, 'Collections'), context).records[0]
 * // → { invoiceId: 'INV-000042', reference: 'INV-000042-1', amount: 120, pmtInfId: 'DD 2026-11-30 2026-12-14 FRST', sequenceType: 'FRST', mandateId: 'MD-7' }
 */
export function readCollections(grid: SheetGrid | null, context: ReadContext): SheetReadResult<PostedCollection> {
  const records: PostedCollection[] = [];
  const reading = readSheetRows(grid, collectionsSheet, context, (r) => {
    if (!r.ok) return;
    const v = r.values;
    const sepa = v.paymentFile === 'sepa' && v.sequenceType !== null;
    records.push({
      invoiceId: v.invoiceId,
      reference: v.reference,
      amount: v.amount,
      pmtInfId: sepa ? paymentInformationId(sepaBatchKey(v.runId, v.asOf), v.collectionDate, v.sequenceType!) : null,
      sequenceType: v.sequenceType,
      mandateId: v.mandateId,
    });
  });
  return { records, inputErrors: sortByRow(reading.inputErrors), missing: reading.missing };
}
