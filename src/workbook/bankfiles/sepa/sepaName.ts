/**
 * Free text (names, remittance) in the SEPA character set: the EPC's basic Latin set
 * `a-z A-Z 0-9 / - ? : ( ) . , ' +` and space. No XSD restricts Nm or Ustrd, but banks reject
 * or garble anything else (NOTES.md, "Characters").
 *
 * A private stand-in with the same name and behaviour as `engine/bank/sepaText`'s `toSepaText`,
 * written on another branch: replace this file with an import of that one once it is merged.
 */

/**
 * Letters that lose information, or do not decompose, under NFD: German umlauts are written out
 * (`ü` → `ue`, as the EPC and German banks do, not `u`), ligatures and stroked letters spelled.
 */
// prettier-ignore
const SPELLED: Readonly<Record<string, string>> = {
  ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS',
  æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', å: 'aa', Å: 'Aa',
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ħ: 'h', Ħ: 'H', ı: 'i',
  '‘': "'", '’': "'", '‚': "'", '`': "'", '´': "'", '–': '-', '—': '-', '&': '+',
};
/** The letters of {@link SPELLED}, as one pattern. */
const SPELLED_PATTERN = new RegExp(`[${Object.keys(SPELLED).join('')}]`, 'g');
/** Combining marks, left behind by NFD (`é` → `e` + U+0301). */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Anything outside the set: becomes a space, so `Lee_Bo` stays two words. */
const OUTSIDE_SET = /[^A-Za-z0-9/\-?:().,'+ ]/g;

/**
 * `text` in the SEPA character set, spaces collapsed, cut to at most `max` characters.
 *
 * @example
 * toSepaText('Zoë Ñúñez', 70)   // → 'Zoe Nunez'
 * toSepaText('Jürgen Groß', 70) // → 'Juergen Gross'
 * toSepaText('Renewal 2027 – Gold', 12) // → 'Renewal 2027'
 */
export function toSepaText(text: string, max: number): string {
  // NFC first, so an `ü` typed as `u` + U+0308 is spelled `ue` like a precomposed one.
  const sepa = text
    .normalize('NFC')
    .replace(SPELLED_PATTERN, (letter) => SPELLED[letter])
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(OUTSIDE_SET, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  // Cutting may leave a space at the end, which a bank would strip and so not match.
  return sepa.slice(0, max).trimEnd();
}

/**
 * {@link toSepaText} for a name, which SEPA requires (Nm, 1–70): throws when nothing of it is
 * left in the SEPA set (`Петров`), a case the caller has to catch before the file is written.
 *
 * @example
 * sepaName('Dbtr/Nm', 'Zoë Ñúñez') // → 'Zoe Nunez'
 * sepaName('Dbtr/Nm', 'Петров')    // throws
 */
export function sepaName(element: string, name: string): string {
  const sepa = toSepaText(name, 70);
  if (!sepa) throw new Error(`${element}: nothing of ${JSON.stringify(name)} is in the SEPA character set`);
  return sepa;
}
