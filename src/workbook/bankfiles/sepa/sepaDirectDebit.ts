/**
 * The SEPA Direct Debit initiation a bank accepts (SPEC §10, "Export"): ISO 20022
 * `pain.008.001.02`, as the German banks' subset (`dk`) also takes it. Pure: it runs in Node and
 * in the task pane, and the creation time is passed in.
 */
import { createCB } from 'xmlbuilder2';
import type { LocalDate } from '../../../engine/dates/localDate';
import { groupDebits } from './groupDebits';
import { paymentInformation } from './pain008PaymentInformation';
import { formatCents, sumCents } from './sepaAmount';
import { requireSepaIdentifier } from './sepaIdentifier';
import { sepaName } from './sepaName';

/** First collection of a mandate, or a recurrent one (SPEC §10, "Sequence type"). */
export type SequenceType = 'FRST' | 'RCUR';

/** The club collecting: from the SEPA settings (SPEC §10). */
export interface SepaCreditor {
  name: string;
  iban: string;
  bic: string | null;
  /** The SEPA creditor identifier (`DE98ZZZ09999999999`). */
  creditorId: string;
  scheme: 'CORE' | 'B2B';
}

/** One collection of one invoice. */
export interface SepaDebit {
  /** Already a valid SEPA identifier (≤ 35): `<Invoice ID>-<Attempts>`. */
  endToEndId: string;
  /** EUR, > 0, in whole cents. */
  amount: number;
  mandateId: string;
  mandateDate: LocalDate;
  sequenceType: SequenceType;
  collectionDate: LocalDate;
  /** Raw name; the writer transliterates it. */
  debtorName: string;
  iban: string;
  bic: string | null;
  /** Raw; the writer makes it SEPA text ≤ 140. */
  remittance: string;
}

/** One file: a group header and the debits, which the writer sorts into PmtInfs. */
export interface SepaMessage {
  /** ≤ 35 SEPA identifier, unique per export (the caller makes it). */
  msgId: string;
  /** ISO date-time, e.g. '2026-11-30T17:05:00' (written as CreDtTm). */
  createdAt: string;
  /** Raw; transliterated ≤ 70. */
  initiatingParty: string;
  creditor: SepaCreditor;
  /** Identifies the batch a PmtInf belongs to; PmtInfId = paymentInformationId(batchKey, date, seq). */
  batchKey: string;
  debits: SepaDebit[];
}

/** The pain.008.001.02 namespace, the document element's default one. */
export const PAIN_008_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.008.001.02';
/** xs:dateTime without fractions, with an optional zone (`Z` or `+01:00`). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The pain.008.001.02 document of `message`: one PmtInf per (collection date, sequence type),
 * NbOfTxs and CtrlSum at the group header and at each PmtInf, names and remittance in the SEPA
 * character set. Throws on a bug of the caller: no debits (an empty batch is never exported),
 * an identifier outside the SEPA set, a malformed creation time or an amount that is not whole
 * positive cents.
 *
 * @example
 * pain008Xml({ msgId: 'NIGHTLY 2026-11-30 1', createdAt: '2026-11-30T17:05:00', initiatingParty: 'Golf Club',
 *   creditor, batchKey: 'NIGHTLY 2026-11-30', debits })
 * // → '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02">…'
 */
export function pain008Xml(message: SepaMessage): string {
  if (message.debits.length === 0) throw new Error('pain008Xml: no debits (an empty batch is never exported)');
  requireSepaIdentifier('MsgId', message.msgId);
  if (!ISO_DATE_TIME.test(message.createdAt)) throw new Error(`pain008Xml: CreDtTm is not an ISO date-time: ${message.createdAt}`);
  const ctrlSum = formatCents(sumCents(message.debits.map((debit) => debit.amount)));
  const initiatingParty = sepaName('InitgPty/Nm', message.initiatingParty);
  const groups = groupDebits(message.debits);
  // The builder writes each element as it comes, so the group header's count and sum are known
  // before the first PmtInf; the chunks are joined once at the end.
  const chunks: string[] = [];
  const xml = createCB({
    data: (chunk: string) => chunks.push(chunk),
    error: (error: Error) => {
      throw error;
    },
    prettyPrint: true,
  });
  xml.dec({ version: '1.0', encoding: 'UTF-8' }).ele(PAIN_008_NAMESPACE, 'Document').ele('CstmrDrctDbtInitn');
  xml.ele({
    GrpHdr: {
      MsgId: message.msgId,
      CreDtTm: message.createdAt,
      NbOfTxs: String(message.debits.length),
      CtrlSum: ctrlSum,
      InitgPty: { Nm: initiatingParty },
    },
  });
  const write = (text: string): number => chunks.push(text);
  for (const group of groups) paymentInformation(xml, write, message.batchKey, message.creditor, group);
  xml.end();
  return chunks.join('');
}
