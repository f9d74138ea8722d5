import type { BankFileFormat, BankTransaction } from './bankTransaction';
import { camtKind } from './camtKind';
import { childAt, childrenNamed, textAt, type XmlElement } from './xmlTree';

/** A TxDtls with the NtryDtls (and its Btch) it sits in. */
interface Detail {
  transaction: XmlElement | null;
  batch: XmlElement | null;
}

/**
 * The transactions of a camt.053 statement or camt.054 notification (any version: elements are
 * matched by local name), in file order: one per TxDtls, or one per entry that has none. Booking
 * status, date and references come from the entry; amounts, EndToEndId, PmtInfId, mandate and
 * return reason from the TxDtls when it has them. Nothing is validated: a field the bank left
 * out is null. `bankReference` is not yet made unique across the file (see readBankFile).
 *
 * @example
 * readCamt(documentElement, 'camt.054', 0)[0] // → { position: 1, kind: 'credit', amount: 15, currency: 'CHF', … }
 */
export function readCamt(document: XmlElement, format: BankFileFormat, positionBefore: number): BankTransaction[] {
  const message = document.name === 'Document' ? (document.children[0] ?? null) : document;
  const reports = [...childrenNamed(message, 'Ntfctn'), ...childrenNamed(message, 'Stmt')];
  const transactions: BankTransaction[] = [];
  for (const entry of reports.flatMap((report) => childrenNamed(report, 'Ntry'))) {
    for (const transaction of readEntry(entry, format, positionBefore + transactions.length)) transactions.push(transaction);
  }
  return transactions;
}

function readEntry(entry: XmlElement, format: BankFileFormat, positionBefore: number): BankTransaction[] {
  const entryDetails = childrenNamed(entry, 'NtryDtls');
  const batch = entryDetails.map((details) => childAt(details, 'Btch')).find((found) => found !== null) ?? null;
  const withTransactions = entryDetails.flatMap((details) =>
    childrenNamed(details, 'TxDtls').map((transaction): Detail => ({ transaction, batch: childAt(details, 'Btch') })),
  );
  const details: Detail[] = withTransactions.length > 0 ? withTransactions : [{ transaction: null, batch }];
  const status = textAt(entry, 'Sts', 'Cd') ?? textAt(entry, 'Sts');
  const bookingDate = (textAt(entry, 'BookgDt', 'Dt') ?? textAt(entry, 'BookgDt', 'DtTm'))?.slice(0, 10) ?? null;
  const entryReference = textAt(entry, 'AcctSvcrRef') ?? textAt(entry, 'NtryRef');
  const entryAmount = childAt(entry, 'Amt');
  return details.map(({ transaction, batch: detailBatch }, index): BankTransaction => {
    const position = positionBefore + index + 1;
    const ownReference = textAt(transaction, 'Refs', 'AcctSvcrRef');
    const sharedReference = entryReference === null ? null : details.length > 1 ? `${entryReference}/${index + 1}` : entryReference;
    const amountElement = transactionAmount(transaction, details.length === 1 ? entryAmount : null);
    const pmtInfId = textAt(transaction, 'Refs', 'PmtInfId') ?? textAt(detailBatch, 'PmtInfId');
    const batchCount = numberOrNull(textAt(detailBatch, 'NbOfTxs'));
    const returnInformation = childAt(transaction, 'RtrInf');
    const reasonCode = textAt(returnInformation, 'Rsn', 'Cd') ?? textAt(returnInformation, 'Rsn', 'Prtry');
    const reasonTexts = childrenNamed(returnInformation, 'AddtlInf').map((line) => line.text.trim());
    const endToEndId = textAt(transaction, 'Refs', 'EndToEndId');
    const { kind, reversal } = camtKind({
      direction: textAt(transaction, 'CdtDbtInd') ?? textAt(entry, 'CdtDbtInd'),
      reversalIndicator: textAt(entry, 'RvslInd') === 'true',
      families: [entry, transaction].map((holder) => textAt(holder, 'BkTxCd', 'Domn', 'Fmly', 'Cd')).filter((code) => code !== null),
      subFamilies: [entry, transaction].map((holder) => textAt(holder, 'BkTxCd', 'Domn', 'Fmly', 'SubFmlyCd')).filter((code) => code !== null),
      returnInformation: returnInformation !== null,
      reasonCode,
      batchWithoutDetails: isBatchTotal(transaction, detailBatch, details.length),
    });
    return {
      position,
      booked: status === 'BOOK',
      bankReference: ownReference ?? sharedReference ?? `${format}:${position}`,
      bookingDate: bookingDate !== null && /^\d{4}-\d{2}-\d{2}$/.test(bookingDate) ? bookingDate : null,
      // The bank gave no amount for one of several transactions: 0, so a comparison fails rather than settles.
      amount: Math.abs(numberOrNull(amountElement?.text.trim() ?? null) ?? 0),
      currency: amountElement?.attributes.Ccy ?? entryAmount?.attributes.Ccy ?? '',
      kind,
      reversal,
      endToEndId: endToEndId === 'NOTPROVIDED' ? null : endToEndId,
      pmtInfId,
      mandateId: textAt(transaction, 'Refs', 'MndtId'),
      batchCount: kind === 'batchCredit' ? batchCount : null,
      originalTrace: null,
      individualId: null,
      reasonCode,
      reasonText: reasonTexts.filter((line) => line !== '').join(' ') || null,
    };
  });
}

/** v04+ `TxDtls/Amt`, v02 `TxDtls/AmtDtls/TxAmt/Amt` (then InstdAmt), else the entry's own amount when the entry has one transaction. */
function transactionAmount(transaction: XmlElement | null, entryAmount: XmlElement | null): XmlElement | null {
  return childAt(transaction, 'Amt') ?? childAt(transaction, 'AmtDtls', 'TxAmt', 'Amt') ?? childAt(transaction, 'AmtDtls', 'InstdAmt', 'Amt') ?? entryAmount;
}

/**
 * One entry for a whole PmtInf: no TxDtls but a Btch (PmtInfId, or NbOfTxs > 1), or — as FFFS
 * books a lump-sum collection — a single TxDtls without references standing for NbOfTxs > 1.
 */
function isBatchTotal(transaction: XmlElement | null, batch: XmlElement | null, detailCount: number): boolean {
  const count = numberOrNull(textAt(batch, 'NbOfTxs')) ?? 0;
  if (transaction === null) return textAt(batch, 'PmtInfId') !== null || count > 1;
  return detailCount === 1 && count > 1 && childAt(transaction, 'Refs') === null;
}

function numberOrNull(text: string | null): number | null {
  const value = text === null ? NaN : Number(text);
  return Number.isFinite(value) ? value : null;
}
