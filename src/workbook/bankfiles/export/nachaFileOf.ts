import type { LocalDate } from '../../../engine/dates/localDate';
import type { Settings } from '../../../engine/model/settings';
import type { NachaDebit, NachaFile } from '../nacha/nachaFile';
import type { ExportedCollection } from './exportedCollection';

export interface NachaFileOptions {
  /** The day and `HHMM` the file is made, wall-clock in the Time Zone setting. */
  createdOn: LocalDate;
  createdAt: string;
  settings: Settings;
}

/**
 * The NACHA file of a post's ACH collections (SPEC §10): the originator from Settings, one PPD
 * debit per batch row with the trace number the post recorded, effective on its Collection
 * Date, the Invoice ID as Individual ID. File ID Modifier `A`: a bank refuses a second file with
 * the same modifier, date and origin, so a post is exported once a day (the README says so).
 * Returns the rows it cannot write (a detail missing on the sheet), by row.
 *
 * @example
 * nachaFileOf(collections, { createdOn, createdAt: '1705', settings }).file.debits[0].traceNumber // → '011000010000001'
 */
export function nachaFileOf(collections: readonly ExportedCollection[], options: NachaFileOptions): { file: NachaFile; problems: string[] } {
  const { settings } = options;
  const problems: string[] = [];
  const debits: NachaDebit[] = [];
  for (const c of collections) {
    if (c.reference === null || c.collectionDate === null || c.routingNumber === null || c.accountNumber === null) {
      problems.push(`row ${c.row} (${c.invoiceId}) lacks a NACHA detail (Reference, Collection Date, Routing Number or Account Number)`);
      continue;
    }
    debits.push({
      routingNumber: c.routingNumber,
      accountNumber: c.accountNumber,
      accountType: c.accountType ?? 'Checking',
      amount: c.amount,
      individualId: c.invoiceId,
      name: c.name,
      traceNumber: c.reference,
      effectiveDate: c.collectionDate,
    });
  }
  const file: NachaFile = {
    createdOn: options.createdOn,
    createdAt: options.createdAt,
    fileIdModifier: 'A',
    originator: {
      immediateDestination: (settings.achImmediateDestination ?? '').trim(),
      destinationName: settings.achDestinationName ?? '',
      immediateOrigin: (settings.achImmediateOrigin ?? '').trim(),
      originName: settings.achOriginName ?? '',
      companyName: settings.achCompanyName ?? '',
      companyId: (settings.achCompanyId ?? '').trim(),
      odfi: (settings.achOdfi ?? '').trim(),
      entryDescription: settings.achEntryDescription,
    },
    debits,
  };
  return { file, problems };
}
