import { fragment } from 'xmlbuilder2';
import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces';
import { formatIsoDate } from '../../../engine/dates/isoDate';
import type { SepaDebitGroup } from './groupDebits';
import { financialInstitution, electronicIban } from './pain008Account';
import { directDebitTransaction } from './pain008Transaction';
import { paymentInformationId } from './paymentInformationId';
import { formatCents, sumCents } from './sepaAmount';
import type { SepaCreditor } from './sepaDirectDebit';
import { sepaName } from './sepaName';

/**
 * How many DrctDbtTxInf one throwaway fragment holds: the writer's memory stays that of one
 * batch's nodes, however many debits the file has.
 */
export const TRANSACTIONS_PER_FRAGMENT = 1000;

/** DrctDbtTxInf sits at depth 3: Document > CstmrDrctDbtInitn > PmtInf > DrctDbtTxInf. */
const TRANSACTION_DEPTH = 3;

/**
 * Writes the `PmtInf` of one group of debits into the open CstmrDrctDbtInitn of `xml`, its
 * elements in the order of the XSD (PaymentInstructionInformation4): its own NbOfTxs and
 * CtrlSum, one PmtTpInf and one ReqdColltnDt for all its debits, the creditor with its
 * identifier, then the transactions.
 *
 * The callback builder `xml` writes the PmtInf and its head. The transactions, the bulk of the
 * file, go by batches of {@link TRANSACTIONS_PER_FRAGMENT} through an xmlbuilder2 fragment each,
 * serialised pretty-printed at their depth and handed to `write` between the PmtInf's head and
 * its end tag: the callback builder makes a document per element and per text, several times
 * slower than a fragment (README, "Bank files"), while one tree for the whole file held every
 * node at once.
 *
 * BtchBookg is `true`: the bank books the PmtInf as one credit, which Reconcile matches back by
 * PmtInfId, count and sum (SPEC §10, "Returns").
 *
 * @example
 * paymentInformation(xml, (text) => chunks.push(text), 'NIGHTLY 2026-11-30', creditor, group)
 * // writes <PmtInf><PmtInfId>NIGHTLY 2026-11-30 2026-12-02 FRST</PmtInfId><PmtMtd>DD</PmtMtd>
 * //   <BtchBookg>true</BtchBookg><NbOfTxs>2</NbOfTxs>…<DrctDbtTxInf>…</PmtInf>
 */
export function paymentInformation(xml: XMLBuilderCB, write: (text: string) => void, batchKey: string, creditor: SepaCreditor, group: SepaDebitGroup): void {
  xml.ele('PmtInf').ele({
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
  });
  for (let start = 0; start < group.debits.length; start += TRANSACTIONS_PER_FRAGMENT) {
    const batch = group.debits.slice(start, start + TRANSACTIONS_PER_FRAGMENT);
    const transactions = fragment().ele({ DrctDbtTxInf: batch.map(directDebitTransaction) });
    write(`\n${transactions.end({ prettyPrint: true, offset: TRANSACTION_DEPTH })}`);
  }
  xml.up();
}
