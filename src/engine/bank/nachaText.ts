import { cutText } from './cutText';
import { transliterate } from './transliterate';

/** Printable ASCII, 0x20 to 0x7E: what a NACHA alphameric field may hold. */
const PRINTABLE_ASCII = /[\x20-\x7E]/;

/**
 * A name or description for a NACHA field: letters transliterated as for SEPA (`Zoë` → `Zoe`,
 * `Müller` → `Mueller`), upper-case (the convention banks print), every character outside
 * printable ASCII turned into a space (NACHA allows `& @ #`, which SEPA does not), runs of
 * spaces collapsed, the ends trimmed and cut to `max` characters. Not padded: the record
 * writer pads each field to its width.
 *
 * @example
 * toNachaText('Zoë Ñúñez', 22)         // → 'ZOE NUNEZ'
 * toNachaText('Smith & Söhne', 22)     // → 'SMITH & SOEHNE'
 * toNachaText('Membership dues', 10)   // → 'MEMBERSHIP'
 */
export function toNachaText(text: string, max: number): string {
  const ascii = [...transliterate(text)].map((char) => (PRINTABLE_ASCII.test(char) ? char : ' ')).join('');
  return cutText(ascii.toUpperCase(), max);
}
