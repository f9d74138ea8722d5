import { toYmd, type LocalDate } from '../../../engine/dates/localDate';
import type { NachaOriginator } from './nachaFile';
import { alphaField, cutText, numericField } from './nachaFields';
import { toNachaText } from '../../../engine/bank/nachaText';

/** Service class 225: the batch holds debits only. */
const DEBITS_ONLY = '225';

/**
 * What a batch's control record sums up, worked out from its entries by `batchTotals`.
 *
 * @example
 * const totals: BatchTotals = { entryAddendaCount: 1, entryHash: 23138010, totalDebitCents: 2500 };
 */
export interface BatchTotals {
  /** Entry detail records plus addenda records (no addenda here, so the entries). */
  entryAddendaCount: number;
  /** Sum of the entries' 8-digit RDFI identifications, rightmost 10 digits. */
  entryHash: number;
  /** Sum of the entries' amounts, in cents. */
  totalDebitCents: number;
}

/**
 * A date as NACHA writes it, `YYMMDD`.
 *
 * @example
 * yymmdd(isoDate('2026-03-05')) // → '260305'
 */
export function yymmdd(date: LocalDate): string {
  const { year, month, day } = toYmd(date);
  return [year % 100, month, day].map((part) => String(part).padStart(2, '0')).join('');
}

/**
 * The company/batch header record (type 5) of a batch of PPD debits, 94 characters: service
 * class 225 (cols 2–4), company name (5–20), discretionary data blank (21–40), company ID
 * (41–50), SEC code `PPD` (51–53), entry description (54–63), descriptive date blank (64–69),
 * effective entry date YYMMDD (70–75), settlement date blank for the ACH operator (76–78),
 * originator status `1` (79), ODFI (80–87), batch number (88–94).
 *
 * @example
 * batchHeaderRecord(originator, isoDate('2026-03-05'), 1)
 * // → '5225ACME CLUB                           1123456789PPDMEMBERSHIP      260305   1121042880000001'
 */
export function batchHeaderRecord(originator: NachaOriginator, effectiveDate: LocalDate, batchNumber: number): string {
  return [
    '5',
    DEBITS_ONLY,
    alphaField(toNachaText(originator.companyName, 16), 16),
    alphaField('', 20),
    alphaField(originator.companyId, 10),
    'PPD',
    alphaField(cutText(entryDescription(originator), 10), 10),
    alphaField('', 6),
    yymmdd(effectiveDate),
    alphaField('', 3),
    '1',
    odfiField(originator.odfi),
    numericField(batchNumber, 7),
  ].join('');
}

/**
 * The company/batch control record (type 8), 94 characters: service class 225 (cols 2–4),
 * entry/addenda count (5–10), entry hash (11–20), total debits (21–32) and credits, always 0
 * (33–44), in cents, company ID (45–54), message authentication code and reserved, blank
 * (55–79), ODFI (80–87), batch number (88–94).
 *
 * @example
 * batchControlRecord(originator, { entryAddendaCount: 1, entryHash: 23138010, totalDebitCents: 2500 }, 1)
 * // → '822500000100231380100000000025000000000000001123456789                         121042880000001'
 */
export function batchControlRecord(originator: NachaOriginator, totals: BatchTotals, batchNumber: number): string {
  return [
    '8',
    DEBITS_ONLY,
    numericField(totals.entryAddendaCount, 6),
    numericField(totals.entryHash, 10),
    numericField(totals.totalDebitCents, 12),
    numericField(0, 12),
    alphaField(originator.companyId, 10),
    alphaField('', 19),
    alphaField('', 6),
    odfiField(originator.odfi),
    numericField(batchNumber, 7),
  ].join('');
}

/** The entry description, upper-case; `MEMBERSHIP` when the setting is blank (SPEC §10). */
function entryDescription(originator: NachaOriginator): string {
  return toNachaText(originator.entryDescription, 10) || 'MEMBERSHIP';
}

function odfiField(odfi: string): string {
  if (!/^\d{8}$/.test(odfi)) throw new Error(`NACHA originator: ODFI '${odfi}' is not 8 digits.`);
  return odfi;
}
