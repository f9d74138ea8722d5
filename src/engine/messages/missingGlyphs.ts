import { FONT_COVERAGE_RANGES } from './fontCoverage';

/** Range starts and ends, interleaved and sorted: [first0, last0, first1, last1, …]. */
const BOUNDS: readonly number[] = FONT_COVERAGE_RANGES.split(' ').flatMap((range) => {
  const [first, last = first] = range.split('-');
  return [parseInt(first, 16), parseInt(last, 16)];
});

/**
 * The characters of `text` the documents' font (DejaVu Sans, regular and bold) has no glyph
 * for, each once, in order of first use (SPEC §9: such a character makes the item a warning,
 * never a crash or a silent blank). Control characters (line breaks, tabs) are layout, not
 * printed, so never missing. Plain ASCII, almost every name, is answered by one pass of
 * comparisons; other characters by a binary search of the generated table.
 *
 * @example
 * missingGlyphs('Zoë Ωmega Жанна') // → []
 * missingGlyphs('李小龙 Lee')      // → ['李', '小', '龙']
 */
export function missingGlyphs(text: string): string[] {
  let missing: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x7f) continue; // ASCII: printable ones are covered, the rest are control characters
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (cp <= 0x9f || isCovered(cp)) continue;
    const char = String.fromCodePoint(cp);
    missing ??= [];
    if (!missing.includes(char)) missing.push(char);
  }
  return missing ?? [];
}

function isCovered(cp: number): boolean {
  let lo = 0;
  let hi = BOUNDS.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < BOUNDS[2 * mid]) hi = mid - 1;
    else if (cp > BOUNDS[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}
