import { SHORT_ASCII, shortAsciiText, utf8Text } from './xmlBytes';

/** Slots in the table (a power of two): enough for the distinct values of a sheet's few list-like columns. */
const SLOTS = 8192;
/** Longer texts are rarely repeated (names, e-mail addresses, notes): decoded each time. */
const SHORT = SHORT_ASCII;

/**
 * Text decoded from UTF-8 bytes ({@link utf8Text}), with the short ASCII ones remembered in a
 * table by a hash of their bytes: a value repeated down a column (a status, a type, "Yes")
 * becomes one string shared by its cells instead of one per cell. A slot holds the last text
 * that hashed to it, and a text is only given back when its characters equal the bytes, so
 * the result is always what `utf8Text` gives. Each scan has its own table (nothing is kept
 * after it).
 *
 * @example
 * const texts = new RecentTexts();
 * const bytes = new TextEncoder().encode('<v>Active</v><v>Active</v>');
 * texts.text(bytes, 3, 9) === texts.text(bytes, 16, 22) // → true (one string)
 */
export class RecentTexts {
  private readonly slots: (string | undefined)[] = new Array<string | undefined>(SLOTS);

  text(bytes: Uint8Array, from: number, to: number): string {
    const length = to - from;
    if (length <= 0 || length > SHORT) return utf8Text(bytes, from, to);
    let hash = length;
    for (let i = from; i < to; i++) {
      const c = bytes[i];
      if (c >= 0x80) return utf8Text(bytes, from, to);
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    const slot = hash & (SLOTS - 1);
    const known = this.slots[slot];
    if (known !== undefined && known.length === length && sameText(known, bytes, from)) return known;
    const text = shortAsciiText(bytes, from, to);
    this.slots[slot] = text;
    return text;
  }
}

function sameText(text: string, bytes: Uint8Array, from: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== bytes[from + i]) return false;
  return true;
}
