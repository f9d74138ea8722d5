import type { BankTransaction } from './bankTransaction';

/** What a camt transaction says about itself, gathered from its entry and its TxDtls. */
export interface CamtSignals {
  /** TxDtls/CdtDbtInd (v04+), else Ntry/CdtDbtInd. */
  direction: string | null;
  /** Ntry/RvslInd is `true`. */
  reversalIndicator: boolean;
  /** BkTxCd/Domn/Fmly/Cd of the entry and of the TxDtls (`RDDT`, `IDDT`, `RCDT`…). */
  families: string[];
  /** BkTxCd/Domn/Fmly/SubFmlyCd of the entry and of the TxDtls (`PMDD`, `UPDD`, `PRDD`…). */
  subFamilies: string[];
  /** The TxDtls has RtrInf. */
  returnInformation: boolean;
  reasonCode: string | null;
  /** One entry for a whole PmtInf (Btch/PmtInfId or NbOfTxs > 1) with no TxDtls. */
  batchWithoutDetails: boolean;
}

// Direct debits, received or issued. Banks disagree on which of the two a creditor's
// collection is booked under (PostFinance and FFFS credit collections as RDDT, ING as IDDT).
const DIRECT_DEBIT_FAMILIES = new Set(['RDDT', 'IDDT']);

/**
 * Decides what a camt transaction is for reconcile. A transaction whose standard bank
 * transaction code names a family that is not a direct debit (a credit transfer, `RCDT`/`ICDT`,
 * salary, cards…) is `other` even when returned: a returned credit transfer (`ICDT/RRTN` AC01)
 * is not a failed collection. Otherwise a reversal (`RvslInd`), an unpaid or refunded debit
 * (`UPDD`, `PRDD`) or a TxDtls with RtrInf is a `return`; a credit is a `credit`, or a
 * `batchCredit` when booked for a whole PmtInf without details; a plain debit is `other` (a
 * fee, or a direct debit someone collected from this account). `reversal` marks money that had
 * been credited being taken back: RvslInd, `PRDD` or reason `MD06`.
 *
 * @example
 * camtKind({ direction: 'DBIT', reversalIndicator: true, families: ['IDDT'], subFamilies: ['PRDD'],
 *   returnInformation: true, reasonCode: 'MD06', batchWithoutDetails: false })
 * // → { kind: 'return', reversal: true }
 */
export function camtKind(signals: CamtSignals): Pick<BankTransaction, 'kind' | 'reversal'> {
  const refund = signals.subFamilies.includes('PRDD') || signals.reasonCode === 'MD06';
  const reversal = signals.reversalIndicator || refund;
  const notDirectDebit = signals.families.length > 0 && !signals.families.some((family) => DIRECT_DEBIT_FAMILIES.has(family));
  if (notDirectDebit) return { kind: 'other', reversal };
  if (reversal || signals.subFamilies.includes('UPDD') || signals.returnInformation) return { kind: 'return', reversal };
  if (signals.direction === 'CRDT') return { kind: signals.batchWithoutDetails ? 'batchCredit' : 'credit', reversal };
  return { kind: 'other', reversal };
}
