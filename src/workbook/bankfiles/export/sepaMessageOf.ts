import { normaliseBic } from '../../../engine/bank/bic';
import { normaliseIban } from '../../../engine/bank/iban';
import { formatIsoDate } from '../../../engine/dates/isoDate';
import type { LocalDate } from '../../../engine/dates/localDate';
import type { Invoice } from '../../../engine/model/records';
import type { Settings } from '../../../engine/model/settings';
import { sepaBatchKey } from '../sepa/sepaBatchKey';
import type { SepaDebit, SepaMessage } from '../sepa/sepaDirectDebit';
import type { ExportedCollection } from './exportedCollection';

export interface SepaMessageOptions {
  runId: string;
  asOf: LocalDate;
  /** When the file is made, wall-clock in the Time Zone setting: `YYYY-MM-DDTHH:MM:SS`. */
  createdAt: string;
  settings: Settings;
  /** The invoices by ID, for the remittance text's term. */
  invoices: ReadonlyMap<string, Invoice>;
}

/**
 * The pain.008 message of a post's SEPA collections (SPEC §10): the creditor from Settings, one
 * debit per batch row (its reference is the EndToEndId the post recorded), the remittance naming
 * the invoice and its term, the MsgId unique per export (the run, the as-of date and the second
 * the file is made), PmtInfIds from the run and as-of date (`sepaBatchKey`). Returns the rows it
 * cannot write (a detail missing on the sheet), by row, instead of a message.
 *
 * @example
 * sepaMessageOf(collections, { runId: 'DD', asOf, createdAt: '2026-11-30T17:05:00', settings, invoices })
 * // → { message: { msgId: 'DD-261130-261130170500', … }, problems: [] }
 */
export function sepaMessageOf(collections: readonly ExportedCollection[], options: SepaMessageOptions): { message: SepaMessage; problems: string[] } {
  const { settings } = options;
  const problems: string[] = [];
  const debits: SepaDebit[] = [];
  for (const c of collections) {
    if (c.reference === null || c.collectionDate === null || c.sequenceType === null || c.mandateId === null || c.mandateDate === null || c.iban === null) {
      problems.push(`row ${c.row} (${c.invoiceId}) lacks a SEPA detail (Reference, Collection Date, Sequence Type, Mandate ID, Mandate Date or IBAN)`);
      continue;
    }
    debits.push({
      endToEndId: c.reference,
      amount: c.amount,
      mandateId: c.mandateId,
      mandateDate: c.mandateDate,
      sequenceType: c.sequenceType,
      collectionDate: c.collectionDate,
      debtorName: c.name,
      iban: normaliseIban(c.iban),
      bic: c.bic === null ? null : normaliseBic(c.bic),
      remittance: remittanceOf(c, options.invoices.get(c.invoiceId)),
    });
  }
  const message: SepaMessage = {
    msgId: messageId(options.runId, options.asOf, options.createdAt),
    createdAt: options.createdAt,
    initiatingParty: settings.creditorName ?? '',
    creditor: {
      name: settings.creditorName ?? '',
      iban: normaliseIban(settings.creditorIban ?? ''),
      bic: settings.creditorBic === null ? null : normaliseBic(settings.creditorBic),
      creditorId: (settings.creditorId ?? '').replace(/\s+/g, '').toUpperCase(),
      scheme: settings.sepaScheme.trim().toUpperCase() === 'B2B' ? 'B2B' : 'CORE',
    },
    batchKey: sepaBatchKey(options.runId, options.asOf),
    debits,
  };
  return { message, problems };
}

/** `Membership Annual 2027-01-01 to 2027-12-31, invoice INV-000042` (the writer keeps it to 140 SEPA characters). */
function remittanceOf(c: ExportedCollection, invoice: Invoice | undefined): string {
  if (invoice === undefined) return `Membership, invoice ${c.invoiceId}`;
  return `Membership ${invoice.product} ${formatIsoDate(invoice.termStart)} to ${formatIsoDate(invoice.termEnd)}, invoice ${c.invoiceId}`;
}

/**
 * `<run, ≤10 letters/digits/->-<YYMMDD as of>-<YYMMDDHHMMSS made>`: at most 30 characters of the
 * SEPA identifier set, different for every export of a post made a second apart.
 */
function messageId(runId: string, asOf: LocalDate, createdAt: string): string {
  const run = runId.replace(/[^A-Za-z0-9-]/g, '').slice(0, 10) || 'RUN';
  const digits = (text: string) => text.replace(/\D/g, '');
  return `${run}-${digits(formatIsoDate(asOf)).slice(2)}-${digits(createdAt).slice(2, 14)}`;
}
