import type { ExpandObject } from 'xmlbuilder2/lib/interfaces';
import { formatIsoDate } from '../../../engine/dates/isoDate';
import { electronicIban, financialInstitution } from './pain008Account';
import { formatCents, toCents } from './sepaAmount';
import type { SepaDebit } from './sepaDirectDebit';
import { requireSepaIdentifier } from './sepaIdentifier';
import { toSepaText } from '../../../engine/bank/sepaText';
import { sepaName } from './sepaName';

/** SEPA caps unstructured remittance at 140 (NOTES.md); names (70) are capped by sepaName. */
const REMITTANCE_MAX = 140;

/**
 * The `DrctDbtTxInf` of one debit, its elements in the order of the XSD
 * (DirectDebitTransactionInformation9). Its identifiers must already be SEPA identifiers (a
 * bug otherwise: it throws); its name and remittance are made SEPA text here.
 *
 * @example
 * directDebitTransaction({ endToEndId: 'INV-000003-1', amount: 120, debtorName: 'Zoë Ñúñez', … })
 * // → { PmtId: { EndToEndId: 'INV-000003-1' }, InstdAmt: { '@Ccy': 'EUR', '#': '120.00' }, …,
 * //     Dbtr: { Nm: 'Zoe Nunez' }, … }
 */
export function directDebitTransaction(debit: SepaDebit): ExpandObject {
  requireSepaIdentifier('EndToEndId', debit.endToEndId);
  requireSepaIdentifier('MndtId', debit.mandateId);
  const remittance = toSepaText(debit.remittance, REMITTANCE_MAX);
  return {
    PmtId: { EndToEndId: debit.endToEndId },
    InstdAmt: { '@Ccy': 'EUR', '#': formatCents(toCents(debit.amount)) },
    DrctDbtTx: { MndtRltdInf: { MndtId: debit.mandateId, DtOfSgntr: formatIsoDate(debit.mandateDate) } },
    DbtrAgt: financialInstitution(debit.bic),
    Dbtr: { Nm: sepaName('Dbtr/Nm', debit.debtorName) },
    DbtrAcct: { Id: { IBAN: electronicIban(debit.iban) } },
    // Ustrd is optional in ISO but an empty one is invalid: leave RmtInf out rather than write it empty.
    ...(remittance ? { RmtInf: { Ustrd: remittance } } : {}),
  };
}
