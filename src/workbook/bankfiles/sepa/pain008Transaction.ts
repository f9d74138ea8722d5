import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces';
import { formatIsoDate } from '../../../engine/dates/isoDate';
import { account, financialInstitution, leaf } from './pain008Account';
import { formatCents, toCents } from './sepaAmount';
import type { SepaDebit } from './sepaDirectDebit';
import { requireSepaIdentifier } from './sepaIdentifier';
import { toSepaText } from '../../../engine/bank/sepaText';
import { sepaName } from './sepaName';

/** SEPA caps unstructured remittance at 140 (NOTES.md); names (70) are capped by sepaName. */
const REMITTANCE_MAX = 140;

/**
 * Writes the `DrctDbtTxInf` of one debit into the open PmtInf of `xml`, its elements in the
 * order of the XSD (DirectDebitTransactionInformation9). Its identifiers must already be SEPA
 * identifiers (a bug otherwise: it throws before writing anything); its name and remittance are
 * made SEPA text here.
 *
 * @example
 * directDebitTransaction(xml, { endToEndId: 'INV-000003-1', amount: 120, debtorName: 'Zoë Ñúñez', … })
 * // writes <DrctDbtTxInf><PmtId><EndToEndId>INV-000003-1</EndToEndId></PmtId>
 * //   <InstdAmt Ccy="EUR">120.00</InstdAmt>…<Dbtr><Nm>Zoe Nunez</Nm></Dbtr>…</DrctDbtTxInf>
 */
export function directDebitTransaction(xml: XMLBuilderCB, debit: SepaDebit): void {
  requireSepaIdentifier('EndToEndId', debit.endToEndId);
  requireSepaIdentifier('MndtId', debit.mandateId);
  const amount = formatCents(toCents(debit.amount));
  const name = sepaName('Dbtr/Nm', debit.debtorName);
  const remittance = toSepaText(debit.remittance, REMITTANCE_MAX);
  xml.ele('DrctDbtTxInf');
  xml.ele('PmtId');
  leaf(xml, 'EndToEndId', debit.endToEndId);
  xml.up();
  xml.ele('InstdAmt', { Ccy: 'EUR' }).txt(amount).up();
  xml.ele('DrctDbtTx').ele('MndtRltdInf');
  leaf(xml, 'MndtId', debit.mandateId);
  leaf(xml, 'DtOfSgntr', formatIsoDate(debit.mandateDate));
  xml.up().up();
  financialInstitution(xml, 'DbtrAgt', debit.bic);
  xml.ele('Dbtr');
  leaf(xml, 'Nm', name);
  xml.up();
  account(xml, 'DbtrAcct', debit.iban);
  // Ustrd is optional in ISO but an empty one is invalid: leave RmtInf out rather than write it empty.
  if (remittance) {
    xml.ele('RmtInf');
    leaf(xml, 'Ustrd', remittance);
    xml.up();
  }
  xml.up();
}
