import { ibanLength, ibanProblem, normaliseIban } from '../../engine/bank/iban';
import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

/**
 * Reads an IBAN (SPEC §10), returned in its electronic form (no spaces, upper-case), so it can be
 * typed in groups of four. Refused with the check it fails, most basic first: an unknown country,
 * the wrong length for its country (the usual copying slip), characters its country's format does
 * not allow, or mod-97 check digits that do not match (a mistyped character).
 *
 * @example
 * parseIbanCell('de89 3704 0044 0532 0130 00', context) // → { ok: true, value: 'DE89370400440532013000' }
 * parseIbanCell('DE89370400440532013001', context)
 * // → { ok: false, message: "IBAN 'DE89370400440532013001' fails its check digits (mod 97): a character is mistyped" }
 */
export function parseIbanCell(cell: ValueCell, context: CellContext): CellResult<string> {
  const shown = `${context.column} ${describeCell(cell)}`;
  if (typeof cell !== 'string') return reject(`${shown} is not an IBAN`);
  const iban = normaliseIban(cell);
  const country = iban.slice(0, 2);
  switch (ibanProblem(iban)) {
    case null:
      return accept(iban);
    case 'country':
      return reject(`${shown} is not an IBAN: it must start with a country code such as DE`);
    case 'length':
      return reject(`${shown} has ${iban.length} characters: IBANs from ${country} have ${ibanLength(country)}`);
    case 'format':
      return reject(`${shown} is not in the account format of a ${country} IBAN`);
    case 'checkDigits':
      return reject(`${shown} fails its check digits (mod 97): a character is mistyped`);
  }
}
