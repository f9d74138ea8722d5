/**
 * Names in a NACHA file are upper-case printable ASCII: banks reject bytes above 0x7E, and
 * `José Café` in UTF-8 is such bytes. This is a stop-gap private to the NACHA writer:
 * `src/engine/bank/nachaText.ts` (written on another branch) should replace it once merged.
 */

/** Letters that Unicode does not decompose into a base letter plus accents. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'SS',
  ẞ: 'SS',
  Æ: 'AE',
  æ: 'AE',
  Œ: 'OE',
  œ: 'OE',
  Ø: 'O',
  ø: 'O',
  Đ: 'D',
  đ: 'D',
  Ð: 'D',
  ð: 'D',
  Þ: 'TH',
  þ: 'TH',
  Ł: 'L',
  ł: 'L',
  ı: 'I',
  Ħ: 'H',
  ħ: 'H',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
};

/**
 * `text` in upper-case printable ASCII: accents dropped (`é` → `E`, `ü` → `U`), letters with
 * no decomposition spelled out (`ß` → `SS`, `Ø` → `O`), anything else outside ASCII left out,
 * and runs of white space made one space.
 *
 * @example
 * upperAscii('Zoë Ñúñez')     // → 'ZOE NUNEZ'
 * upperAscii('Strauß, Jürgen') // → 'STRAUSS, JURGEN'
 */
export function upperAscii(text: string): string {
  return [...text.normalize('NFKD')]
    .map((char) => SPELLED_OUT[char] ?? char)
    .join('')
    .replace(/[^\x20-\x7e\s]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}
