import { isHardReturn, returnCodeOf } from '../../bank/returnReasons';
import { daysBetween, type LocalDate } from '../../dates/localDate';
import type { Reason } from '../../model/reason';
import type { Invoice, Member } from '../../model/records';
import type { PaymentFileFormat } from '../../model/run';
import type { Settings } from '../../model/settings';
import { PAYMENT_FILE_NAMES } from '../../setup/paymentFileSetupWarnings';
import { attemptAccount } from '../../bank/maskAccount';
import { collectionDate } from './collectionDate';
import { endToEndId } from './endToEndId';
import { missingBankDetails } from './missingBankDetails';
import { isSepaIdentifier, toSepaText } from '../../bank/sepaText';

/** The currency each file format moves (SPEC §10): SEPA debits are in euro, NACHA in US dollars. */
export const PAYMENT_FILE_CURRENCY = { sepa: 'EUR', nacha: 'USD' } as const;

export interface BankCollectionCheckOptions {
  format: PaymentFileFormat;
  asOf: LocalDate;
  settings: Settings;
  /** The invoice's currency (its product's), `null` when the product is unknown. */
  currency: string | null;
  /** Whether the run's Payment File has a setup warning that stops the file from being written. */
  setupBlocked: boolean;
}

export type BankCollectionOutcome = { status: 'error' | 'skipped' | 'warning'; reason: Reason } | null;

/**
 * What a run's Payment File adds to collect's decision for one invoice (SPEC §10), first match
 * wins; `null` when nothing (the item stays as collect decided):
 * 1. the last attempt came back with a hard return code and the member's account (and for SEPA
 *    the Mandate ID) is still the one it debited → skipped "pending: update payment details";
 * 2. the run's payment-file setup is wrong → error; 3. the member lacks the format's details →
 *    error; 4. the invoice is not in the format's currency → error; 5. (SEPA) the EndToEndId
 *    breaks the SEPA identifier rules, or (SEPA) the member's name has no letter of the SEPA
 *    Latin set → error; 6. (SEPA) the collection date is less than
 *    Pre-Notification Days away → warning "debited in N days: less than the 14-day advance notice".
 *
 * @example
 * bankCollectionCheck(member, invoice, { format: 'sepa', asOf, settings, currency: 'EUR', setupBlocked: false }) // → null
 */
export function bankCollectionCheck(member: Member, invoice: Invoice, options: BankCollectionCheckOptions): BankCollectionOutcome {
  const { format, asOf, settings } = options;
  const name = PAYMENT_FILE_NAMES[format];
  if (isBlockedByHardReturn(member, invoice, format))
    return { status: 'skipped', reason: { code: 'UPDATE_PAYMENT_DETAILS', detail: { reason: invoice.lastAttemptReason ?? '' } } };
  if (options.setupBlocked) return { status: 'error', reason: { code: 'PAYMENT_FILE_SETUP', detail: { format: name } } };
  const missing = missingBankDetails(format, member, asOf);
  if (missing.length > 0) return { status: 'error', reason: { code: 'MISSING_BANK_DETAILS', detail: { format: name, missing: missing.join(', ') } } };
  const required = PAYMENT_FILE_CURRENCY[format];
  if (options.currency !== required) {
    return { status: 'error', reason: { code: 'PAYMENT_FILE_CURRENCY', detail: { format: name, currency: options.currency ?? 'unknown', required } } };
  }
  if (format === 'nacha') return null;
  // The bank file writes the debtor's name in the SEPA Latin set; a name with nothing left in it
  // (Петров) cannot be written, and a bank refuses a debit without one.
  if (toSepaText(member.name, 70) === '') return { status: 'error', reason: { code: 'NAME_NOT_SEPA', detail: { name: member.name } } };
  const reference = endToEndId(invoice.invoiceId, invoice.attempts + 1);
  if (!isSepaIdentifier(reference)) return { status: 'error', reason: { code: 'SEPA_REFERENCE_INVALID', detail: { reference } } };
  const days = daysBetween(asOf, collectionDate(invoice.dueDate, asOf, settings.collectionLeadDays));
  if (days < settings.preNotificationDays)
    return { status: 'warning', reason: { code: 'SHORT_PRE_NOTIFICATION', detail: { days, required: settings.preNotificationDays } } };
  return null;
}

/**
 * SPEC §10: hard returns "act like the expired card of §3.6: the invoice is `skipped` ('pending:
 * update payment details') until the member's account or Mandate ID differs from Last Attempt
 * Account". An attempt with no Last Attempt Account recorded (not from a payment file) never blocks.
 */
function isBlockedByHardReturn(member: Member, invoice: Invoice, format: PaymentFileFormat): boolean {
  if (invoice.lastAttemptStatus !== 'Failed' || invoice.lastAttemptAccount === null) return false;
  const code = returnCodeOf(invoice.lastAttemptReason);
  return code !== null && isHardReturn(code) && attemptAccount(format, member) === invoice.lastAttemptAccount;
}
