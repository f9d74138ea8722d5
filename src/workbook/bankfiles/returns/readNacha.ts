import type { BankTransaction } from './bankTransaction';
import { nachaLines } from './nachaLines';

// Transaction codes that return a debit (26 checking, 36 savings) and a credit (21, 31).
const DEBIT_RETURNS = new Set(['26', '36']);

/** Columns `from`–`to` (1-based, inclusive, as NACHA's record layouts count them), trimmed. */
const columns = (line: string, from: number, to: number): string => line.slice(from - 1, to).trim();

/**
 * The entries of a NACHA file as transactions, in file order, each with its batch's date. An
 * entry returning a debit (tc 26/36) with a `799` return addenda is a `return`: reason code
 * (cols 4-6), original trace (7-21), text (36-79) and the return's own trace (80-94) as its
 * reference. Every other entry — a returned credit (21/31), a notification of change, or an
 * ordinary debit or credit of an outgoing file like the ones this product exports — is `other`,
 * so an outgoing file read by mistake yields no `credit` and no `return`. Amounts are cols 30-39
 * in cents; the date is the batch's effective entry date (cols 70-75), else the file's creation
 * date (header cols 24-29). Headers and controls are optional and never checked.
 *
 * @example
 * readNacha(returnFileText)[0] // → { kind: 'return', reasonCode: 'R01', originalTrace: '121042880000001', amount: 100, currency: 'USD', … }
 */
export function readNacha(text: string): BankTransaction[] {
  let fileDate: string | null = null;
  let batchDate: string | null = null;
  const transactions: BankTransaction[] = [];
  // Each entry's transaction code, beside it: only a 99 addenda says whether the entry is a return.
  const codes: string[] = [];
  for (const line of nachaLines(text)) {
    const type = line[0];
    if (type === '1') fileDate = yymmdd(columns(line, 24, 29));
    else if (type === '5') batchDate = yymmdd(columns(line, 70, 75));
    else if (type === '8') batchDate = null;
    else if (type === '6') {
      transactions.push(readEntry(line, transactions.length + 1, batchDate ?? fileDate));
      codes.push(line.slice(1, 3));
    } else if (type === '7' && line.slice(1, 3) === '99' && transactions.length > 0) {
      addReturn(transactions[transactions.length - 1], codes[codes.length - 1], line);
    }
  }
  return transactions;
}

function readEntry(line: string, position: number, bookingDate: string | null): BankTransaction {
  const trace = columns(line, 80, 94);
  return {
    position,
    booked: true,
    bankReference: trace || `nacha:${position}`,
    bookingDate,
    amount: Number(columns(line, 30, 39) || '0') / 100,
    currency: 'USD',
    kind: 'other',
    reversal: false,
    endToEndId: null,
    pmtInfId: null,
    mandateId: null,
    batchCount: null,
    originalTrace: null,
    individualId: columns(line, 40, 54) || null,
    reasonCode: null,
    reasonText: null,
  };
}

/** Completes an entry from its `799` addenda. */
function addReturn(entry: BankTransaction, transactionCode: string, addenda: string): void {
  if (DEBIT_RETURNS.has(transactionCode)) entry.kind = 'return';
  entry.reasonCode = columns(addenda, 4, 6) || null;
  entry.originalTrace = columns(addenda, 7, 21) || null;
  entry.reasonText = columns(addenda, 36, 79) || null;
  entry.bankReference = columns(addenda, 80, 94) || entry.bankReference;
}

/** `YYMMDD` as 'YYYY-MM-DD' (20YY: ACH began in the 1970s, but no file read now is from the last century), or null. */
function yymmdd(text: string): string | null {
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
  return `20${year}-${month}-${day}`;
}
