import { isSpace } from './xmlBytes';

/** Bytes searched natively for a run of bytes, forwards from `from` or backwards from `from`; −1 when absent. */
export interface SearchableBytes {
  indexOf(needle: Uint8Array, from: number): number;
  lastIndexOf(needle: Uint8Array, from: number): number;
}

/**
 * A native search over some bytes (Node: the bytes as a `Buffer`, whose `indexOf` and
 * `lastIndexOf` scan far faster than a loop in JavaScript).
 */
export type ByteSearch = (bytes: Uint8Array) => SearchableBytes;

/** Where to go on from, and the number of the last row skipped over when it is not read again there. */
export interface RowSkip {
  to: number;
  passed: number | null;
}

const ENCODER = new TextEncoder();
const MARKUP_DECLARATION = ENCODER.encode('<!');

/**
 * Skips, in one piece of a sheet's data, the rows a patcher need not read: for row `target`,
 * {@link skipTo} gives the `<` of the row's own tag, found by searching for ` r="target"` (a
 * cell's `r` always has letters, so only a row's can match); else, when the piece's last row tag
 * names a row before `target`, that tag (in the last piece: the patcher must still see
 * `</sheetData>` after it) or the piece's end. `null` when it cannot be told so (rows without
 * `r`, single quotes, the number inside a text): read on row by row. A comment or CDATA section
 * in the bytes skipped could hide rows: before the last piece that is {@link SkipBlocked} (the
 * part is patched whole); in the last, `null`.
 *
 * @example
 * const data = bytes('<row r="1"/><row r="7"><c r="A7"/></row>');
 * new RowSkipper(data, search(data), '<row', false).skipTo(0, 7) // → { to: 12, passed: null }
 */
export class RowSkipper {
  /** The first `<!` at or after {@link declarationFrom} (−1: none): searched once, kept until passed. */
  private declaration = -1;
  private declarationFrom = Infinity;

  constructor(
    private readonly data: Uint8Array,
    private readonly found: SearchableBytes,
    private readonly rowOpen: string,
    private readonly final: boolean,
  ) {}

  skipTo(at: number, target: number): RowSkip | null {
    const { data, found, rowOpen, final } = this;
    const q = found.indexOf(ENCODER.encode(` r="${target}"`), at);
    let to: number;
    let passed: number | null = null;
    if (q >= 0) {
      const lt = tagStart(data, q, at);
      if (lt < 0 || !isTagNamed(data, lt, rowOpen)) return null;
      to = lt;
    } else {
      const last = found.lastIndexOf(ENCODER.encode(rowOpen), data.length - 1);
      if (last < at || !isTagNamed(data, last, rowOpen)) return null;
      const number = rowNumberOf(data, last);
      if (number === null || number >= target) return null;
      to = final ? last : data.length;
      if (!final) passed = number;
    }
    const declaration = this.nextDeclaration(at);
    if (declaration >= 0 && declaration < to) {
      if (!final) throw new SkipBlocked();
      return null;
    }
    return { to, passed };
  }

  /** The first `<!` at or after `from` (a search to the piece's end for every written row would be quadratic). */
  private nextDeclaration(from: number): number {
    if (from < this.declarationFrom || (this.declaration >= 0 && this.declaration < from)) {
      this.declarationFrom = from;
      this.declaration = this.found.indexOf(MARKUP_DECLARATION, from);
    }
    return this.declaration;
  }
}

/** Thrown by {@link RowSkipper.skipTo} when a comment or CDATA section lies in the bytes it would skip. */
export class SkipBlocked extends Error {
  constructor() {
    super('a comment or CDATA section among the rows skipped');
  }
}

/** The `<` of the tag `q` is inside, looking back no further than `from`; −1 when `q` is not inside a tag. */
function tagStart(data: Uint8Array, q: number, from: number): number {
  for (let i = q; i >= from; i--) {
    if (data[i] === 0x3c /* < */) return i;
    if (data[i] === 0x3e /* > */) return -1;
  }
  return -1;
}

/** Whether a tag named as `open` (`<row`, `<x:row`) starts at `lt` (not `<rowBreaks`). */
function isTagNamed(data: Uint8Array, lt: number, open: string): boolean {
  for (let i = 0; i < open.length; i++) if (data[lt + i] !== open.charCodeAt(i)) return false;
  const after = data[lt + open.length];
  return isSpace(after) || after === 0x3e /* > */ || after === 0x2f; /* / */
}

/** The `r` of the row tag at `lt`, or null when it has none. */
function rowNumberOf(data: Uint8Array, lt: number): number | null {
  let gt = lt;
  while (gt < data.length && data[gt] !== 0x3e) gt++;
  const tag = String.fromCharCode(...data.subarray(lt, Math.min(gt, lt + 200)));
  const r = /\sr="(\d+)"/.exec(tag)?.[1];
  return r === undefined ? null : Number(r);
}
