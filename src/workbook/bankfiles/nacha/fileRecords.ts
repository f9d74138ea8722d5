import type { LocalDate } from '../../../engine/dates/localDate';
import { yymmdd } from './batchRecords';
import type { NachaOriginator } from './nachaFile';
import { alphaField, numericField, rightAlphaField } from './nachaFields';
import { toNachaText } from '../../../engine/bank/nachaText';

/**
 * A line of 94 `9`s: fills the last block of 10 records.
 *
 * @example
 * FILLER_RECORD === '9'.repeat(94) // → true
 */
export const FILLER_RECORD = '9'.repeat(94);

/**
 * When the file was made and which of the day's files it is, all passed in: the writer reads no clock.
 *
 * @example
 * const creation: FileCreation = { createdOn: isoDate('2026-03-02'), createdAt: '0915', fileIdModifier: 'A' };
 */
export interface FileCreation {
  createdOn: LocalDate;
  /** `HHMM`, 24-hour. */
  createdAt: string;
  /** `A`–`Z` or `0`–`9`: tells apart files sent to the same bank on the same day. */
  fileIdModifier: string;
}

/**
 * What the file control record sums up over the whole file.
 *
 * @example
 * const totals: FileTotals = { batchCount: 1, blockCount: 1, entryAddendaCount: 1, entryHash: 23138010, totalDebitCents: 2500 };
 */
export interface FileTotals {
  batchCount: number;
  /** Records including the `9` fillers, divided by 10. */
  blockCount: number;
  entryAddendaCount: number;
  /** Sum of the batches' entry hashes, rightmost 10 digits. */
  entryHash: number;
  totalDebitCents: number;
}

/**
 * The file header record (type 1), 94 characters: priority `01` (cols 2–3), immediate
 * destination ` ` + 9 digits (4–13), immediate origin right-justified (14–23), creation date
 * YYMMDD (24–29) and time HHMM (30–33), file ID modifier (34), record size `094` (35–37),
 * blocking factor `10` (38–39), format code `1` (40), destination name (41–63), origin name
 * (64–86), reference code blank (87–94).
 *
 * @example
 * fileHeaderRecord(originator, { createdOn: isoDate('2026-03-02'), createdAt: '0915', fileIdModifier: 'A' })
 * // → '101 031300012 1234567892603020915A094101FEDERAL RESERVE BANK   ACME CLUB                      '
 */
export function fileHeaderRecord(originator: NachaOriginator, creation: FileCreation): string {
  if (!/^\d{9}$/.test(originator.immediateDestination)) {
    throw new Error(`NACHA originator: immediate destination '${originator.immediateDestination}' is not 9 digits.`);
  }
  if (!/^([01]\d|2[0-3])[0-5]\d$/.test(creation.createdAt)) throw new Error(`NACHA file: creation time '${creation.createdAt}' is not HHMM.`);
  if (!/^[A-Z0-9]$/.test(creation.fileIdModifier)) throw new Error(`NACHA file: file ID modifier '${creation.fileIdModifier}' is not A–Z or 0–9.`);
  return [
    '1',
    '01',
    rightAlphaField(originator.immediateDestination, 10),
    rightAlphaField(originator.immediateOrigin.trim(), 10),
    yymmdd(creation.createdOn),
    creation.createdAt,
    creation.fileIdModifier,
    '094',
    '10',
    '1',
    alphaField(toNachaText(originator.destinationName, 23), 23),
    alphaField(toNachaText(originator.originName, 23), 23),
    alphaField('', 8),
  ].join('');
}

/**
 * The file control record (type 9), 94 characters: batch count (cols 2–7), block count (8–13),
 * entry/addenda count (14–21), entry hash (22–31), total debits (32–43) and credits, always 0
 * (44–55), in cents, reserved blank (56–94).
 *
 * @example
 * fileControlRecord({ batchCount: 1, blockCount: 1, entryAddendaCount: 1, entryHash: 23138010, totalDebitCents: 2500 })
 * // → '9000001000001000000010023138010000000002500000000000000                                       '
 */
export function fileControlRecord(totals: FileTotals): string {
  return [
    '9',
    numericField(totals.batchCount, 6),
    numericField(totals.blockCount, 6),
    numericField(totals.entryAddendaCount, 8),
    numericField(totals.entryHash, 10),
    numericField(totals.totalDebitCents, 12),
    numericField(0, 12),
    alphaField('', 39),
  ].join('');
}
