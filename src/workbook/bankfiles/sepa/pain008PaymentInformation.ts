import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces';
import { formatIsoDate } from '../../../engine/dates/isoDate';
import type { SepaDebitGroup } from './groupDebits';
import { account, financialInstitution, leaf } from './pain008Account';
import { directDebitTransaction } from './pain008Transaction';
import { paymentInformationId } from './paymentInformationId';
import { formatCents, sumCents } from './sepaAmount';
import type { SepaCreditor } from './sepaDirectDebit';
import { sepaName } from './sepaName';

/**
 * Writes the `PmtInf` of one group of debits into the open CstmrDrctDbtInitn of `xml`, its
 * elements in the order of the XSD (PaymentInstructionInformation4): its own NbOfTxs and
 * CtrlSum (summed before anything of the group is written), one PmtTpInf and one ReqdColltnDt
 * for all its debits, the creditor with its identifier, then the transactions.
 *
 * BtchBookg is `true`: the bank books the PmtInf as one credit, which Reconcile matches back by
 * PmtInfId, count and sum (SPEC §10, "Returns").
 *
 * @example
 * paymentInformation(xml, 'NIGHTLY 2026-11-30', creditor, group)
 * // writes <PmtInf><PmtInfId>NIGHTLY 2026-11-30 2026-12-02 FRST</PmtInfId><PmtMtd>DD</PmtMtd>
 * //   <BtchBookg>true</BtchBookg><NbOfTxs>2</NbOfTxs>…</PmtInf>
 */
export function paymentInformation(xml: XMLBuilderCB, batchKey: string, creditor: SepaCreditor, group: SepaDebitGroup): void {
  const id = paymentInformationId(batchKey, group.collectionDate, group.sequenceType);
  const ctrlSum = formatCents(sumCents(group.debits.map((debit) => debit.amount)));
  const creditorName = sepaName('Cdtr/Nm', creditor.name);
  xml.ele('PmtInf');
  leaf(xml, 'PmtInfId', id);
  leaf(xml, 'PmtMtd', 'DD');
  leaf(xml, 'BtchBookg', 'true');
  leaf(xml, 'NbOfTxs', String(group.debits.length));
  leaf(xml, 'CtrlSum', ctrlSum);
  xml.ele('PmtTpInf');
  xml.ele('SvcLvl');
  leaf(xml, 'Cd', 'SEPA');
  xml.up().ele('LclInstrm');
  leaf(xml, 'Cd', creditor.scheme);
  xml.up();
  leaf(xml, 'SeqTp', group.sequenceType);
  xml.up();
  leaf(xml, 'ReqdColltnDt', formatIsoDate(group.collectionDate));
  xml.ele('Cdtr');
  leaf(xml, 'Nm', creditorName);
  xml.up();
  account(xml, 'CdtrAcct', creditor.iban);
  financialInstitution(xml, 'CdtrAgt', creditor.bic);
  leaf(xml, 'ChrgBr', 'SLEV');
  xml.ele('CdtrSchmeId').ele('Id').ele('PrvtId').ele('Othr');
  leaf(xml, 'Id', creditor.creditorId.replace(/\s/g, '').toUpperCase());
  xml.ele('SchmeNm');
  leaf(xml, 'Prtry', 'SEPA');
  xml.up().up().up().up().up();
  for (const debit of group.debits) directDebitTransaction(xml, debit);
  xml.up();
}
