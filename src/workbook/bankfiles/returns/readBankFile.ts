import type { BankFileFormat, BankTransaction } from './bankTransaction';
import { decodeBankText } from './decodeBankText';
import { looksLikeNacha } from './nachaLines';
import { readCamt } from './readCamt';
import { readNacha } from './readNacha';
import { readXmlTree } from './xmlTree';

/** What a file turned out to be. */
export type BankFileRead =
  | { kind: 'bank'; format: BankFileFormat; transactions: BankTransaction[] }
  /** Recognised but broken (not well-formed XML…): `problem` is the parser's message. */
  | { kind: 'unreadable'; format: BankFileFormat; problem: string }
  /** Neither: the caller tries CSV/xlsx. */
  | { kind: 'not-bank' };

// camt.054 and camt.053 by their message element, the root's child in every version (`Document`).
const MESSAGES: Record<string, BankFileFormat> = { BkToCstmrDbtCdtNtfctn: 'camt.054', BkToCstmrStmt: 'camt.053' };

/**
 * Reads a bank's answer file into neutral transactions, recognising the format by content, never
 * by file name: XML whose message element is `BkToCstmrDbtCdtNtfctn` (camt.054) or
 * `BkToCstmrStmt` (camt.053), in any version and namespace; NACHA fixed-width text (CRLF, short
 * lines and fragments without header or controls included). Other XML — a pain.008 this product
 * exported, say — and anything else is `not-bank`, so the caller tries it as CSV or xlsx and
 * refuses it as not a settlements file. Schema rules are not checked (real banks break them), but
 * XML that is not well-formed is `unreadable`. Never throws. Each transaction's `bankReference`
 * is unique in the file: a repeated one gets `/<position>` appended.
 *
 * @example
 * readBankFile(new TextEncoder().encode(camt054))   // → { kind: 'bank', format: 'camt.054', transactions: [...] }
 * readBankFile(new TextEncoder().encode('a,b\n1,2')) // → { kind: 'not-bank' }
 */
export function readBankFile(bytes: Uint8Array): BankFileRead {
  const text = decodeBankText(bytes).replace(/^\ufeff/, '');
  if (text.trimStart().startsWith('<')) return readXmlBankFile(text);
  if (looksLikeNacha(text)) return { kind: 'bank', format: 'nacha', transactions: uniqueReferences(readNacha(text)) };
  return { kind: 'not-bank' };
}

function readXmlBankFile(text: string): BankFileRead {
  const read = readXmlTree(text);
  const names = read.ok ? [read.root.name, ...read.root.children.slice(0, 1).map((child) => child.name)] : read.openedNames;
  const format = MESSAGES[names[0] === 'Document' ? (names[1] ?? '') : (names[0] ?? '')];
  if (format === undefined) return { kind: 'not-bank' };
  if (!read.ok) return { kind: 'unreadable', format, problem: read.problem };
  return { kind: 'bank', format, transactions: uniqueReferences(readCamt(read.root, format, 0)) };
}

/** Makes every bankReference unique in its file: a later repeat gets `/<position>` appended. */
function uniqueReferences(transactions: BankTransaction[]): BankTransaction[] {
  const seen = new Set<string>();
  for (const transaction of transactions) {
    if (seen.has(transaction.bankReference)) transaction.bankReference = `${transaction.bankReference}/${transaction.position}`;
    seen.add(transaction.bankReference);
  }
  return transactions;
}
