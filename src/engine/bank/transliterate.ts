/**
 * Letters that decomposition leaves alone or gets wrong for a name, written the way their own
 * language writes them in plain Latin letters: German umlauts take an `e` (Müller → Mueller,
 * not Muller), Nordic ø and æ, Polish ł, Icelandic ð and þ, and so on. Capitals are given
 * title-case here; {@link transliterate} upper-cases the tail inside an upper-case word.
 */
const LETTERS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'Ae',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'Oe',
  å: 'a',
  Å: 'A',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŧ: 't',
  Ŧ: 'T',
  ĸ: 'k',
  ŋ: 'ng',
  Ŋ: 'Ng',
};

/**
 * Marks that mean the same as a plain ASCII one: curly quotes and the okina are apostrophes
 * (O’Brien), every dash is a hyphen (Anne–Marie).
 */
const MARKS: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  ʼ: "'",
  ʻ: "'",
  '`': "'",
  '´': "'",
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
};

const COMBINING_MARKS = /\p{M}/gu;
const UPPER = /^\p{Lu}$/u;

/**
 * A name in Latin letters without accents, as close to how its owner would write it on an
 * old typewriter: known letters from {@link LETTERS}, then compatibility decomposition (NFKD:
 * é → e + accent, also ligatures ﬁ → fi, full-width Ａ → A and no-break spaces → spaces) with
 * the accents dropped. Characters with no Latin spelling (other scripts, symbols) are kept;
 * each output format decides what its character set does with them.
 *
 * Input in decomposed form (`u` + combining diaeresis) is composed first, so `Müller` typed
 * either way becomes `Mueller`. A capital umlaut inside an upper-case word stays upper-case:
 * `MÜLLER` → `MUELLER`, while `Ärzte` → `Aerzte`.
 *
 * @example
 * transliterate('Zoë Ñúñez')    // → 'Zoe Nunez'
 * transliterate('Jürgen Groß')  // → 'Juergen Gross'
 * transliterate('Łukasz Ørsted') // → 'Lukasz Orsted'
 */
export function transliterate(text: string): string {
  const chars = [...text.normalize('NFC')];
  const mapped = chars.map((char, i) => {
    const letters = LETTERS[char];
    if (letters === undefined) return MARKS[char] ?? char;
    return UPPER.test(char) && inUpperCaseWord(chars, i) ? letters.toUpperCase() : letters;
  });
  return mapped.join('').normalize('NFKD').replace(COMBINING_MARKS, '');
}

/** True when the capital at `i` is part of a word written in capitals (`MÜLLER`, `GRÜN`). */
function inUpperCaseWord(chars: readonly string[], i: number): boolean {
  const next = chars[i + 1];
  const previous = chars[i - 1];
  if (next !== undefined && /\p{L}/u.test(next)) return UPPER.test(next);
  return previous !== undefined && UPPER.test(previous);
}
