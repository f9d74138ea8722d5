import { isSpace } from './xmlBytes';

/**
 * A native search for a run of bytes (Node: `Buffer#indexOf` / `Buffer#lastIndexOf`, which scan
 * far faster than a loop in JavaScript): forwards from `from`, or backwards from `from`; −1 when
 * absent.
 */
export interface ByteSearch {
  indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number;
  lastIndexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number;
}

const ENCODER = new TextEncoder();
const MARKUP_DECLARATION = ENCODER.encode('<!');

/**
 * Where a patcher looking for row `target` may go on from `at` without reading the rows between
 * one by one: the `<` of the row's own tag, found by searching for ` r="target"` (a cell's `r`
 * always has letters, so only a row's can match); else, when the data's last row tag names a
 * row before `target`, that tag (`final`: the patcher must still see `</sheetData>` after it)
 * or the data's end. `null` when it cannot be told so (rows without `r`, single quotes, the
 * number inside a text): read on row by row. A comment or CDATA section in the bytes skipped
 * could hide rows: before the last piece that is {@link SkipBlocked} (the part is patched
 * whole); in the last, `null`.
 *
 * @example
 * skipToRow(bytes('<row r="1"/><row r="7"><c r="A7"/></row>'), 0, 7, '<row', search, false) // → { to: 12, passed: null }
 */
export function skipToRow(data: Uint8Array, at: number, target: number, rowOpen: string, search: ByteSearch, final: boolean): RowSkip | null {
  const q = search.indexOf(data, ENCODER.encode(` r="${target}"`), at);
  let to: number;
  let passed: number | null = null;
  if (q >= 0) {
    const lt = tagStart(data, q, at);
    if (lt < 0 || !isTagNamed(data, lt, rowOpen)) return null;
    to = lt;
  } else {
    const last = search.lastIndexOf(data, ENCODER.encode(rowOpen), data.length - 1);
    if (last < at || !isTagNamed(data, last, rowOpen)) return null;
    const number = rowNumberOf(data, last);
    if (number === null || number >= target) return null;
    to = final ? last : data.length;
    if (!final) passed = number;
  }
  const declaration = declarations.next(data, at, search);
  if (declaration >= 0 && declaration < to) {
    if (!final) throw new SkipBlocked();
    return null;
  }
  return { to, passed };
}

/** Where to go on from, and the number of the last row skipped over when it is not read again there. */
export interface RowSkip {
  to: number;
  passed: number | null;
}

/**
 * Where the next `<!` (a comment or CDATA section) is at or after a position: searched once
 * and remembered until passed, since a skip asks each time (a search to the end of the piece
 * for every written row would be quadratic).
 */
const declarations = {
  data: null as Uint8Array | null,
  from: 0,
  at: -1,
  next(data: Uint8Array, from: number, search: ByteSearch): number {
    if (data !== this.data || from < this.from || (this.at >= 0 && this.at < from)) {
      this.data = data;
      this.from = from;
      this.at = search.indexOf(data, MARKUP_DECLARATION, from);
    }
    return this.at;
  },
};

/** Thrown by {@link skipToRow} when a comment or CDATA section lies in the bytes it would skip. */
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
