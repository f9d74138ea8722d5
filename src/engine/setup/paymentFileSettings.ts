import { isValidBic } from '../bank/bic';
import { isValidCreditorId } from '../bank/creditorId';
import { isValidIban } from '../bank/iban';
import type { PaymentFileFormat } from '../model/run';
import type { Settings } from '../model/settings';

/** The SEPA schemes a creditor collects under (SPEC §10 `SEPA Scheme`). */
export const SEPA_SCHEMES = ['CORE', 'B2B'] as const;

type Check = [setting: string, problem: (settings: Settings) => string | null];

const required = (value: string | null): string | null => (value === null || value.trim() === '' ? 'is missing' : null);
const digits = (count: number) => (value: string | null) =>
  required(value) ?? (new RegExp(`^\\d{${count}}$`).test(value!.trim()) ? null : `must be ${count} digits`);
const checked = (valid: (text: string) => boolean, words: string) => (value: string | null) => required(value) ?? (valid(value!) ? null : words);
const atMost = (max: number) => (value: string | null) => required(value) ?? (value!.trim().length <= max ? null : `is longer than ${max} characters`);

const SEPA_CHECKS: readonly Check[] = [
  ['Creditor Name', (s) => atMost(70)(s.creditorName)],
  ['Creditor IBAN', (s) => checked(isValidIban, 'is not a valid IBAN')(s.creditorIban)],
  // The creditor's BIC may be left out: the file then says NOTPROVIDED (IBAN-only, SEPA since 2016).
  ['Creditor BIC', (s) => (s.creditorBic === null || isValidBic(s.creditorBic) ? null : 'is not a valid BIC')],
  ['Creditor ID', (s) => checked(isValidCreditorId, 'fails its check digits')(s.creditorId)],
  ['SEPA Scheme', (s) => ((SEPA_SCHEMES as readonly string[]).includes(s.sepaScheme.trim().toUpperCase()) ? null : `must be ${SEPA_SCHEMES.join(' or ')}`)],
];

const NACHA_CHECKS: readonly Check[] = [
  ['ACH Immediate Destination', (s) => digits(9)(s.achImmediateDestination)],
  ['ACH Destination Name', (s) => atMost(23)(s.achDestinationName)],
  ['ACH Immediate Origin', (s) => required(s.achImmediateOrigin) ?? (/^\d{9,10}$/.test(s.achImmediateOrigin!.trim()) ? null : 'must be 9 or 10 digits')],
  ['ACH Origin Name', (s) => atMost(23)(s.achOriginName)],
  ['ACH Company Name', (s) => atMost(16)(s.achCompanyName)],
  ['ACH Company ID', (s) => required(s.achCompanyId) ?? (/^[0-9A-Za-z ]{1,10}$/.test(s.achCompanyId!.trim()) ? null : 'must be at most 10 letters or digits')],
  ['ACH ODFI', (s) => digits(8)(s.achOdfi)],
  ['ACH Entry Description', (s) => atMost(10)(s.achEntryDescription)],
];

/**
 * What is missing or wrong in the Settings a payment file needs (SPEC §10: "A run with a
 * Payment File whose settings are missing or wrong gets a setup warning naming them, and its
 * collect items are `error`"), one `'<Setting> <problem>'` per setting, in the order staff fill
 * them in; empty when the file can be written.
 *
 * @example
 * paymentFileSettingProblems('sepa', { ...DEFAULT_SETTINGS, creditorName: 'Club' })
 * // → ['Creditor IBAN is missing', 'Creditor ID is missing']
 */
export function paymentFileSettingProblems(format: PaymentFileFormat, settings: Settings): string[] {
  const problems: string[] = [];
  for (const [setting, problem] of format === 'sepa' ? SEPA_CHECKS : NACHA_CHECKS) {
    const found = problem(settings);
    if (found !== null) problems.push(`${setting} ${found}`);
  }
  return problems;
}
