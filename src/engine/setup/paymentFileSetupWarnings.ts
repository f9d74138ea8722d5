import { isSepaIdentifier } from '../bank/sepaText';
import { endToEndId } from '../collect/bank/endToEndId';
import type { RunDefinition } from '../model/run';
import type { Settings } from '../model/settings';
import type { SetupWarning } from '../model/setupWarning';
import { paymentFileSettingProblems } from './paymentFileSettings';

/** Words of the formats in warnings and reasons. */
export const PAYMENT_FILE_NAMES = { sepa: 'SEPA', nacha: 'NACHA' } as const;

/**
 * The setup warnings of a run's Payment File (SPEC §10), none when it has none:
 * - `PAYMENT_FILE_SETTINGS`: the Settings the file needs that are missing or wrong, named;
 * - `INVOICE_PREFIX_NOT_SEPA`: (SEPA) an Invoice Prefix that would make EndToEndIds outside
 *   the SEPA identifier rules (their characters, at most 35) — checked on the longest ID an
 *   invoice of six digits and three-digit attempt can have;
 * - `PAYMENT_FILE_WITHOUT_COLLECT`: a Payment File on a run that does not collect (nothing
 *   would ever be in the file).
 * The first two also make the run's collect items `error` (see `bankCollectionCheck`).
 *
 * @example
 * paymentFileSetupWarnings(makeRun({ id: 'DD', actions: ['collect'], paymentFile: 'sepa' }), DEFAULT_SETTINGS)
 * // → [{ code: 'PAYMENT_FILE_SETTINGS', runId: 'DD', detail: { format: 'SEPA', problems: 'Creditor Name is missing; …' } }]
 */
export function paymentFileSetupWarnings(run: RunDefinition, settings: Settings): SetupWarning[] {
  const format = run.paymentFile;
  if (format === null) return [];
  const warnings: SetupWarning[] = [];
  if (!run.actions.includes('collect')) warnings.push({ code: 'PAYMENT_FILE_WITHOUT_COLLECT', runId: run.id, detail: { format: PAYMENT_FILE_NAMES[format] } });
  const problems = paymentFileSettingProblems(format, settings);
  if (problems.length > 0)
    warnings.push({ code: 'PAYMENT_FILE_SETTINGS', runId: run.id, detail: { format: PAYMENT_FILE_NAMES[format], problems: problems.join('; ') } });
  if (format === 'sepa' && !isSepaInvoicePrefix(settings.invoicePrefix))
    warnings.push({ code: 'INVOICE_PREFIX_NOT_SEPA', runId: run.id, detail: { prefix: settings.invoicePrefix } });
  return warnings;
}

/**
 * Whether EndToEndIds made from invoices of this prefix keep to the SEPA identifier rules.
 *
 * @example
 * isSepaInvoicePrefix('INV-') // → true
 * isSepaInvoicePrefix('Rechnung Nr.€') // → false
 */
export function isSepaInvoicePrefix(prefix: string): boolean {
  return isSepaIdentifier(endToEndId(`${prefix}999999`, 999));
}
