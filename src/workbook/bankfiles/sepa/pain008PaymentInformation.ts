import type { ExpandObject } from 'xmlbuilder2/lib/interfaces';
import { formatIsoDate } from '../../../engine/dates/isoDate';
import type { SepaDebitGroup } from './groupDebits';
import { financialInstitution, electronicIban } from './pain008Account';
import { directDebitTransaction } from './pain008Transaction';
import { paymentInformationId } from './paymentInformationId';
import { formatCents, sumCents } from './sepaAmount';
import type { SepaCreditor } from './sepaDirectDebit';
import { sepaName } from './sepaName';

/**
 * The `PmtInf` of one group of debits, its elements in the order of the XSD
 * (PaymentInstructionInformation4): its own NbOfTxs and CtrlSum, one PmtTpInf and one
 * ReqdColltnDt for all its debits, the creditor with its identifier, then the transactions.
 *
 * BtchBookg is `true`: the bank books the PmtInf as one credit, which Reconcile matches back by
 * PmtInfId, count and sum (SPEC §10, "Returns").
 *
 * @example
 * paymentInformation('NIGHTLY 2026-11-30', creditor, group)
 * // → { PmtInfId: 'NIGHTLY 2026-11-30 2026-12-02 FRST', PmtMtd: 'DD', BtchBookg: 'true', NbOfTxs: '2', … }
 */
export function paymentInformation(batchKey: string, creditor: SepaCreditor, group: SepaDebitGroup): ExpandObject {
  return {
    PmtInfId: paymentInformationId(batchKey, group.collectionDate, group.sequenceType),
    PmtMtd: 'DD',
    BtchBookg: 'true',
    NbOfTxs: String(group.debits.length),
    CtrlSum: formatCents(sumCents(group.debits.map((debit) => debit.amount))),
    PmtTpInf: {
      SvcLvl: { Cd: 'SEPA' },
      LclInstrm: { Cd: creditor.scheme },
      SeqTp: group.sequenceType,
    },
    ReqdColltnDt: formatIsoDate(group.collectionDate),
    Cdtr: { Nm: sepaName('Cdtr/Nm', creditor.name) },
    CdtrAcct: { Id: { IBAN: electronicIban(creditor.iban) } },
    CdtrAgt: financialInstitution(creditor.bic),
    ChrgBr: 'SLEV',
    CdtrSchmeId: {
      Id: { PrvtId: { Othr: { Id: creditor.creditorId.replace(/\s/g, '').toUpperCase(), SchmeNm: { Prtry: 'SEPA' } } } },
    },
    DrctDbtTxInf: group.debits.map(directDebitTransaction),
  };
}
