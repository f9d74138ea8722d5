/**
 * Test-only: the NACHA record layouts of a PPD file as data, one `[field, from, to]` per field,
 * 1-based and inclusive, from the NACHA Operating Rules' Appendix 3 and
 * `../shared/bankfiles/NOTES.md`. The tests read the writer's records and the real sample files
 * through these columns, independently of how the writer builds them.
 */
import { column } from './nachaBuilders';

export type NachaField = readonly [name: string, from: number, to: number];

export const NACHA_LAYOUT: Readonly<Record<'1' | '5' | '6' | '8' | '9', readonly NachaField[]>> = {
  '1': [
    ['recordType', 1, 1],
    ['priorityCode', 2, 3],
    ['immediateDestination', 4, 13],
    ['immediateOrigin', 14, 23],
    ['fileCreationDate', 24, 29],
    ['fileCreationTime', 30, 33],
    ['fileIdModifier', 34, 34],
    ['recordSize', 35, 37],
    ['blockingFactor', 38, 39],
    ['formatCode', 40, 40],
    ['immediateDestinationName', 41, 63],
    ['immediateOriginName', 64, 86],
    ['referenceCode', 87, 94],
  ],
  '5': [
    ['recordType', 1, 1],
    ['serviceClassCode', 2, 4],
    ['companyName', 5, 20],
    ['companyDiscretionaryData', 21, 40],
    ['companyIdentification', 41, 50],
    ['standardEntryClassCode', 51, 53],
    ['companyEntryDescription', 54, 63],
    ['companyDescriptiveDate', 64, 69],
    ['effectiveEntryDate', 70, 75],
    ['settlementDate', 76, 78],
    ['originatorStatusCode', 79, 79],
    ['odfiIdentification', 80, 87],
    ['batchNumber', 88, 94],
  ],
  '6': [
    ['recordType', 1, 1],
    ['transactionCode', 2, 3],
    ['rdfiIdentification', 4, 11],
    ['checkDigit', 12, 12],
    ['dfiAccountNumber', 13, 29],
    ['amount', 30, 39],
    ['individualIdentification', 40, 54],
    ['individualName', 55, 76],
    ['discretionaryData', 77, 78],
    ['addendaRecordIndicator', 79, 79],
    ['traceNumber', 80, 94],
  ],
  '8': [
    ['recordType', 1, 1],
    ['serviceClassCode', 2, 4],
    ['entryAddendaCount', 5, 10],
    ['entryHash', 11, 20],
    ['totalDebitAmount', 21, 32],
    ['totalCreditAmount', 33, 44],
    ['companyIdentification', 45, 54],
    ['messageAuthenticationCode', 55, 73],
    ['reserved', 74, 79],
    ['odfiIdentification', 80, 87],
    ['batchNumber', 88, 94],
  ],
  '9': [
    ['recordType', 1, 1],
    ['batchCount', 2, 7],
    ['blockCount', 8, 13],
    ['entryAddendaCount', 14, 21],
    ['entryHash', 22, 31],
    ['totalDebitAmount', 32, 43],
    ['totalCreditAmount', 44, 55],
    ['reserved', 56, 94],
  ],
};

/**
 * A record's fields by name, sliced by its type's layout (column 1).
 *
 * @example
 * fieldsOf('627231380104…').transactionCode // → '27'
 */
export function fieldsOf(record: string): Record<string, string> {
  const layout = NACHA_LAYOUT[record[0] as keyof typeof NACHA_LAYOUT];
  if (!layout) throw new Error(`No layout for a record of type '${record[0]}'.`);
  return Object.fromEntries(layout.map(([name, from, to]) => [name, column(record, from, to)]));
}
