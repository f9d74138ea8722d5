import type { BankCollectionRow } from '../../../engine/collect/paymentBatchRow';
import type { BatchCell } from '../../batches/batchTable';
import type { BatchSheetRead } from '../../batches/readBatchSheet';

/** The bank fields of a collection, each blank on a sheet written without them. */
type NullableFields<T> = { [K in keyof T]: T[K] | null };

/**
 * One row of a posted Payments batch, as the bank file is written from it (SPEC §10): the
 * batch's bank fields ({@link BankCollectionRow}) as read back, each possibly blank.
 */
export interface ExportedCollection extends NullableFields<BankCollectionRow> {
  /** The row number Excel shows on the batch sheet, for messages. */
  row: number;
  memberId: string;
  name: string;
  invoiceId: string;
  amount: number;
}

/**
 * The rows of a Payments batch sheet read back (`readBatchSheet`) as collections, their cells
 * found by header. A batch written without the bank columns (a run with no Payment File) reads
 * with them all `null`. Row numbers count from the header row (the sheet as `batchSheets` wrote it).
 *
 * @example
 * exportedCollections(readBatchSheet(grids, 'DD', 'payments', false)!)[0].reference // → 'INV-000042-1'
 */
export function exportedCollections(batch: BatchSheetRead): ExportedCollection[] {
  const at = (header: string) => batch.headers.indexOf(header);
  const columns = {
    memberId: at('Member ID'),
    name: at('Name'),
    invoiceId: at('Invoice ID'),
    amount: at('Amount'),
    paymentFile: at('Payment File'),
    collectionDate: at('Collection Date'),
    reference: at('Reference'),
    sequenceType: at('Sequence Type'),
    mandateId: at('Mandate ID'),
    mandateDate: at('Mandate Date'),
    iban: at('IBAN'),
    bic: at('BIC'),
    routingNumber: at('Routing Number'),
    accountNumber: at('Account Number'),
    accountType: at('Account Type'),
  };
  return batch.rows.map((cells, i) => {
    const cell = (index: number): BatchCell => (index < 0 ? null : cells[index]);
    const text = (index: number) => {
      const value = cell(index);
      return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
    };
    const date = (index: number) => {
      const value = cell(index);
      return value !== null && typeof value === 'object' ? value.date : null;
    };
    const amount = cell(columns.amount);
    return {
      row: i + 2,
      memberId: text(columns.memberId) ?? '',
      name: text(columns.name) ?? '',
      invoiceId: text(columns.invoiceId) ?? '',
      amount: typeof amount === 'number' ? amount : 0,
      paymentFile: oneOf(text(columns.paymentFile), ['sepa', 'nacha'] as const),
      collectionDate: date(columns.collectionDate),
      reference: text(columns.reference),
      sequenceType: oneOf(text(columns.sequenceType), ['FRST', 'RCUR'] as const),
      mandateId: text(columns.mandateId),
      mandateDate: date(columns.mandateDate),
      iban: text(columns.iban),
      bic: text(columns.bic),
      routingNumber: text(columns.routingNumber),
      accountNumber: text(columns.accountNumber),
      accountType: oneOf(text(columns.accountType), ['Checking', 'Savings'] as const),
    };
  });
}

function oneOf<T extends string>(text: string | null, values: readonly T[]): T | null {
  const found = values.find((v) => v.toLowerCase() === text?.trim().toLowerCase());
  return found ?? null;
}
