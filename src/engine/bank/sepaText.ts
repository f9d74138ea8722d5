import { cutText } from './cutText';
import { transliterate } from './transliterate';

/**
 * The characters and length the SEPA schemas allow in an identifier (MsgId, PmtInfId,
 * EndToEndId, InstrId, MndtId): `a-z A-Z 0-9 / - ? : ( ) . , ' +` and space, 1 to 35 of them.
 * The German DK schema writes this class with `|` separators inside the brackets, which lets
 * a literal `|` through; the EPC set has no `|`, so neither has this pattern.
 */
export const SEPA_ID_PATTERN = /^[A-Za-z0-9/\-?:().,'+ ]{1,35}$/;

/** One character of the EPC basic Latin set, the only one SEPA guarantees end to end. */
const SEPA_CHARACTER = /[A-Za-z0-9/\-?:().,'+ ]/;

/**
 * True when the text can be a SEPA identifier: {@link SEPA_ID_PATTERN}, and besides no `/` at
 * the start or the end and no `//` inside — the EPC implementation guidelines forbid both for
 * references and identifiers (banks use `/` to delimit structured fields), though no schema
 * checks them, so a file would pass validation and still be rejected by the bank.
 *
 * @example
 * isSepaIdentifier('MANDATE-2026/001') // → true
 * isSepaIdentifier('/MANDATE-001')     // → false (leading /)
 * isSepaIdentifier('MANDATE_001')      // → false (_ is not in the set)
 */
export function isSepaIdentifier(text: string): boolean {
  return SEPA_ID_PATTERN.test(text) && !text.startsWith('/') && !text.endsWith('/') && !text.includes('//');
}

/**
 * A name or remittance text in the EPC basic Latin set, at most `max` characters: letters
 * transliterated (`Zoë Ñúñez` → `Zoe Nunez`, `Jürgen Groß` → `Juergen Gross`), `&` written as
 * `+` (it is in the set, keeps the length, and reads the same in every language, where `and`
 * would be English in a German club's file), every other character outside the set — other
 * scripts, `@ # _ ; ! " * €`, line breaks — turned into a space; runs of spaces collapsed,
 * the ends trimmed, then cut to `max` (and trimmed again, so a cut never leaves a trailing space).
 *
 * @example
 * toSepaText('Zoë Ñúñez', 70)           // → 'Zoe Nunez'
 * toSepaText('Smith & Söhne GmbH', 70)  // → 'Smith + Soehne GmbH'
 * toSepaText('Renewal 2026 – Gold', 10) // → 'Renewal 20'
 */
export function toSepaText(text: string, max: number): string {
  const latin = [...transliterate(text)].map((char) => (char === '&' ? '+' : SEPA_CHARACTER.test(char) ? char : ' ')).join('');
  return cutText(latin, max);
}
