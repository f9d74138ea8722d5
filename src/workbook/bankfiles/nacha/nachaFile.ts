import type { LocalDate } from '../../../engine/dates/localDate';
import { batchControlRecord, batchHeaderRecord } from './batchRecords';
import { entryDetailRecord } from './entryDetailRecord';
import { FILLER_RECORD, fileControlRecord, fileHeaderRecord } from './fileRecords';
import { batchesByEffectiveDate, batchTotals, fileEntryHash } from './nachaBatches';

/**
 * The NACHA Settings of SPEC §10: who sends the file, to which bank, under which company.
 *
 * @example
 * const originator: NachaOriginator = { immediateDestination: '031300012', destinationName: 'Federal Reserve Bank',
 *   immediateOrigin: '123456789', originName: 'Acme Club', companyName: 'Acme Club', companyId: '1123456789',
 *   odfi: '12104288', entryDescription: 'MEMBERSHIP' };
 */
export interface NachaOriginator {
  /** 9 digits (written ' ' + 9 digits in the 10-char field). */
  immediateDestination: string;
  /** ≤ 23, cut when longer. */
  destinationName: string;
  /** 9 or 10 characters as given by the bank, right-justified in 10. */
  immediateOrigin: string;
  /** ≤ 23, cut when longer. */
  originName: string;
  /** ≤ 16, cut when longer. */
  companyName: string;
  /** 10 characters (often '1' + EIN). */
  companyId: string;
  /** 8 digits: the batch headers' ODFI identification and the first 8 digits of every trace. */
  odfi: string;
  /** ≤ 10, cut when longer; `MEMBERSHIP` when blank. */
  entryDescription: string;
}

/**
 * One collection: a PPD debit of a member's account.
 *
 * @example
 * const debit: NachaDebit = { routingNumber: '231380104', accountNumber: '123456789', accountType: 'Checking',
 *   amount: 120, individualId: 'INV-0001', name: 'Zoë Ñúñez', traceNumber: '121042880000001', effectiveDate };
 */
export interface NachaDebit {
  /** 9 digits, already checksum-valid. */
  routingNumber: string;
  /** 1–17 letters or digits. */
  accountNumber: string;
  /** Transaction code 27 (checking) or 37 (savings). */
  accountType: 'Checking' | 'Savings';
  /** USD, > 0; written in cents. */
  amount: number;
  /** The Invoice ID, ≤ 15: what a return names, to find the invoice again. */
  individualId: string;
  /** As in the workbook; written upper-case ASCII, cut to 22. */
  name: string;
  /** 15 digits, assigned by the caller (ODFI + 7-digit sequence, see traceNumber). */
  traceNumber: string;
  /** The collection date: one batch per effective entry date. */
  effectiveDate: LocalDate;
}

/**
 * Everything a NACHA file holds. The creation date and time are passed in: the writer reads no clock.
 *
 * @example
 * const file: NachaFile = { createdOn: isoDate('2026-03-02'), createdAt: '0915', fileIdModifier: 'A', originator, debits: [debit] };
 */
export interface NachaFile {
  createdOn: LocalDate;
  /** `HHMM`, 24-hour. */
  createdAt: string;
  /** `A`–`Z`, `0`–`9`. */
  fileIdModifier: string;
  originator: NachaOriginator;
  debits: NachaDebit[];
}

/**
 * Ends every record, the last one too. NACHA's rules define 94-character records, not a line
 * ending; banks' transmission guides ask for CR LF after each record, processors send their own
 * files that way (the Fiserv return file in `../shared/bankfiles` is CR LF), and readers such as
 * moov-io/ach, which writes LF, accept both. CR LF is the choice a bank never rejects.
 *
 * @example
 * nachaFileText(file).split(NACHA_LINE_END) // → the records, then '' after the last one
 */
export const NACHA_LINE_END = '\r\n';

/**
 * The NACHA file of a run's PPD debits: the file header; per effective entry date, earliest
 * first, a batch header, the debits' entries in input order and a batch control; the file
 * control; then lines of 94 `9`s up to a multiple of 10 records. Every record is 94 characters
 * followed by {@link NACHA_LINE_END}. Throws on an empty list (callers never export an empty
 * batch) and on any value that does not fit its field, which would be a bug upstream.
 *
 * @example
 * nachaFileText({ createdOn: isoDate('2026-03-02'), createdAt: '0915', fileIdModifier: 'A', originator, debits: [debit] })
 * // → '101 031300012 1234567892603020915A094101FEDERAL RESERVE BANK   ACME CLUB                      \r\n'
 * //   + '5225ACME CLUB                           1123456789PPDMEMBERSHIP      260305   1121042880000001\r\n'
 * //   + '627231380104123456789        0000002500INV-0001       ZOE NUNEZ               0121042880000001\r\n'
 * //   + '822500000100231380100000000025000000000000001123456789                         121042880000001\r\n'
 * //   + '9000001000001000000010023138010000000002500000000000000                                       \r\n'
 * //   + 5 × ('9'.repeat(94) + '\r\n')
 */
export function nachaFileText(file: NachaFile): string {
  const { originator, debits } = file;
  if (debits.length === 0) throw new Error('NACHA file: no debits. An export never writes an empty batch.');
  checkTraceNumbers(debits, originator.odfi);
  const records = [fileHeaderRecord(originator, file)];
  const batchHashes: number[] = [];
  let totalDebitCents = 0;
  batchesByEffectiveDate(debits).forEach((batch, index) => {
    const totals = batchTotals(batch.debits);
    records.push(batchHeaderRecord(originator, batch.effectiveDate, index + 1));
    records.push(...batch.debits.map(entryDetailRecord));
    records.push(batchControlRecord(originator, totals, index + 1));
    batchHashes.push(totals.entryHash);
    totalDebitCents += totals.totalDebitCents;
  });
  const blockCount = Math.ceil((records.length + 1) / 10);
  const batchCount = batchHashes.length;
  records.push(fileControlRecord({ batchCount, blockCount, entryAddendaCount: debits.length, entryHash: fileEntryHash(batchHashes), totalDebitCents }));
  while (records.length < blockCount * 10) records.push(FILLER_RECORD);
  return records.map((record) => record + NACHA_LINE_END).join('');
}

/** Traces are the bank's key back to each debit: each starts with the ODFI and none repeats. */
function checkTraceNumbers(debits: readonly NachaDebit[], odfi: string): void {
  const seen = new Set<string>();
  for (const { traceNumber } of debits) {
    if (!traceNumber.startsWith(odfi)) throw new Error(`NACHA debit: trace number '${traceNumber}' does not start with the ODFI '${odfi}'.`);
    if (seen.has(traceNumber)) throw new Error(`NACHA file: trace number '${traceNumber}' appears twice.`);
    seen.add(traceNumber);
  }
}
