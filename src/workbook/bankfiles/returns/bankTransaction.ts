/**
 * One transaction of a bank's answer file (camt.053, camt.054 or a NACHA return file), read into
 * a shape that no longer depends on the format: what reconcile turns into a settlement row.
 */

/** The formats {@link readBankFile} recognises by content. */
export type BankFileFormat = 'camt.053' | 'camt.054' | 'nacha';

/**
 * A transaction as the bank reported it. Amounts are positive; the direction is in `kind`.
 *
 * @example
 * const returned: BankTransaction = {
 *   position: 3, booked: true, bankReference: '20160410375244000000000000000082', bookingDate: '2016-04-10',
 *   amount: 6, currency: 'CHF', kind: 'return', reversal: true, endToEndId: 'EndToEnd-2B6C-CHDDBB5',
 *   pmtInfId: 'PMTINF-2CHDDBB5', mandateId: null, batchCount: null, originalTrace: null, individualId: null,
 *   reasonCode: 'MD06', reasonText: 'Lastschrift-Widerspruch durch den Zahlungspflichtigen',
 * };
 */
export interface BankTransaction {
  /** 1-based order in the file (the reconcile report's "row"). */
  position: number;
  /** Sts BOOK (v08: Sts/Cd BOOK); NACHA returns are always booked. PDNG/INFO → false. */
  booked: boolean;
  /** The bank's own reference for this transaction, unique in the file: TxDtls/Refs/AcctSvcrRef, else Ntry/AcctSvcrRef or NtryRef + '/' + index within the entry; NACHA: the return entry's own trace (addenda cols 80-94), else its entry trace. Never empty: fall back to `<format>:<position>`. */
  bankReference: string;
  /** Ntry/BookgDt/Dt (or the date part of DtTm) as 'YYYY-MM-DD'; NACHA: the batch's effective entry date or settlement date, or the file creation date; null when the file has none. */
  bookingDate: string | null;
  /** Positive, in the currency's units: the TxDtls amount when present (v04+ TxDtls/Amt, v02 TxDtls/AmtDtls/TxAmt/Amt), else the entry amount. */
  amount: number;
  /** 'EUR', 'CHF', 'USD' (NACHA). */
  currency: string;
  /** credit = money collected; return = a debit returned/reversed/refunded (CdtDbtInd DBIT on a collection, or RvslInd true, or BkTxCd UPDD/PRDD, or NACHA tc 26/36 with 99 addenda); batchCredit = one booked entry for a whole PmtInf with no transaction details; other = anything else (fees, unrelated transfers). */
  kind: 'credit' | 'return' | 'batchCredit' | 'other';
  /** Set when RvslInd is true or the code is a refund (PRDD / MD06): a reversal of money that was credited. */
  reversal: boolean;
  /** TxDtls/Refs/EndToEndId ('NOTPROVIDED' → null). */
  endToEndId: string | null;
  /** TxDtls/Refs/PmtInfId or Ntry/NtryDtls/Btch/PmtInfId. */
  pmtInfId: string | null;
  /** TxDtls/Refs/MndtId. */
  mandateId: string | null;
  /** Btch/NbOfTxs for a batchCredit. */
  batchCount: number | null;
  /** NACHA: the original entry's trace (99 addenda cols 7-21); null for camt. */
  originalTrace: string | null;
  /** NACHA: the entry's Individual ID (cols 40-54, trimmed); null for camt. */
  individualId: string | null;
  /** RtrInf/Rsn/Cd or Rsn/Prtry; NACHA addenda cols 4-6 (R01). */
  reasonCode: string | null;
  /** RtrInf/AddtlInf joined; NACHA addenda cols 36-79 trimmed, null when blank. */
  reasonText: string | null;
}
