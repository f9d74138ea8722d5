/**
 * Test-only builders for the NACHA writer's tests: an originator and debits with sensible
 * defaults, overridden field by field, and a column slicer that reads a record by the 1-based,
 * inclusive positions the NACHA layouts (and `../shared/bankfiles/NOTES.md`) list.
 */
import { isoDate } from '../../../../engine/dates/isoDate';
import type { NachaDebit, NachaFile, NachaOriginator } from '../nachaFile';

export const ODFI = '12104288';

/**
 * An originator as the NACHA Settings would give it.
 *
 * @example
 * makeOriginator({ immediateOrigin: '1234567890' })
 */
export function makeOriginator(over: Partial<NachaOriginator> = {}): NachaOriginator {
  return {
    immediateDestination: '031300012',
    destinationName: 'Federal Reserve Bank',
    immediateOrigin: '123456789',
    originName: 'Acme Club',
    companyName: 'Acme Club',
    companyId: '1123456789',
    odfi: ODFI,
    entryDescription: 'MEMBERSHIP',
    ...over,
  };
}

let nextSequence = 1;

/**
 * A debit of 25.00 from a checking account on 2026-03-05, with a fresh trace number.
 *
 * @example
 * makeDebit({ accountType: 'Savings', amount: 0.1 })
 */
export function makeDebit(over: Partial<NachaDebit> = {}): NachaDebit {
  return {
    routingNumber: '231380104',
    accountNumber: '123456789',
    accountType: 'Checking',
    amount: 25,
    individualId: 'INV-0001',
    name: 'Ann Lee',
    traceNumber: ODFI + String(nextSequence++).padStart(7, '0'),
    effectiveDate: isoDate('2026-03-05'),
    ...over,
  };
}

/**
 * A file made on 2026-03-02 at 09:15, modifier A, of the given debits.
 *
 * @example
 * makeNachaFile([makeDebit()])
 */
export function makeNachaFile(debits: NachaDebit[], over: Partial<NachaFile> = {}): NachaFile {
  return { createdOn: isoDate('2026-03-02'), createdAt: '0915', fileIdModifier: 'A', originator: makeOriginator(), debits, ...over };
}

/**
 * The records of a NACHA file's text, without line endings (CR LF or LF) or a last empty line.
 *
 * @example
 * recordsOf('1…\r\n9…\r\n') // → ['1…', '9…']
 */
export function recordsOf(text: string): string[] {
  return text.split(/\r?\n/).filter((line, index, lines) => !(line === '' && index === lines.length - 1));
}

/**
 * Columns `from` to `to` of a record, 1-based and inclusive, as NACHA layouts number them.
 *
 * @example
 * column('627231380104…', 2, 3) // → '27'
 */
export function column(record: string, from: number, to: number): string {
  return record.slice(from - 1, to);
}
