import type { OutputCell } from '../../../workbook/outputGrid';
import { cellXml } from './cellXml';
import { cellAddress, parseRangeRef, rangeRef } from './cellRef';
import { rewriteRow, styleFor, touchesOrphans, type RowContext } from './patchRow';
import { RowSkipper, SkipBlocked, type ByteSearch } from './rowSkip';
import type { HeaderCells } from './planSheets';
import type { StylesEditor } from './stylesEditor';
import { bytesStartWith, indexOfAscii, indexOfByte, isSpace, utf8Text } from './xmlBytes';

/** Cells to write into one sheet: row → column → value (1-based), later writes already applied. */
export type CellWrites = Map<number, Map<number, OutputCell>>;

/**
 * A piece of a patched part: text the patcher wrote, or a run of the input's UTF-8 bytes copied
 * as they are (a view of the bytes fed, valid until the next feed).
 */
export type PatchPiece = string | Uint8Array;

/** A patched sheet, and whether a formula was written over (the calculation chain is then stale). */
export interface PatchedSheet {
  /** The part in pieces, in order (mostly long runs of the input's bytes): encoded piece by piece, never joined. */
  pieces: PatchPiece[];
  /** The pieces joined as text (for tests and small parts). */
  readonly xml: string;
  removedFormula: boolean;
}

const ENCODER = new TextEncoder();
const DECODER = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text of patched pieces joined (each byte run holds whole characters: it is cut at markup). */
export function piecesText(pieces: readonly PatchPiece[]): string {
  return pieces.map((piece) => (typeof piece === 'string' ? piece : DECODER.decode(piece))).join('');
}

/**
 * A worksheet part (UTF-8 bytes, or its text) with the given cells written and every other byte
 * kept: the text outside `<sheetData>` (views, column widths, merges, validations, conditional
 * formats…) is copied, except `<dimension ref>` grown to cover the writes; rows without a write
 * are copied raw, and once the last written row is done the rest of the part is copied in one
 * piece. A written cell keeps its `s` (a date gets a date style like it:
 * {@link StylesEditor.dateStyleFor}), loses its formula and value; a new cell takes the style
 * Excel gives a cell typed there (its row's, when the row is formatted, else its column's).
 * Rows and cells without `r` are placed by position.
 *
 * A written cell that heads a shared formula takes the formula with it: the cells that shared
 * it keep their calculated values as plain values (a known limit; translating the formula to
 * the next cell is left for later).
 *
 * @example
 * patchSheetCells(xml, new Map([[2, new Map([[3, 'Lapsed']])]]), styles, false).xml
 */
export function patchSheetCells(
  xml: string | Uint8Array,
  writes: CellWrites,
  styles: StylesEditor,
  date1904: boolean,
  headers: HeaderCells = NO_HEADERS,
  /** With a native search, rows before the next written one are skipped unread. */
  search: ByteSearch | null = null,
): PatchedSheet {
  const patcher = new SheetCellPatcher(writes, styles, date1904, headers, search);
  const out = patcher.feed(typeof xml === 'string' ? ENCODER.encode(xml) : xml, true);
  return {
    pieces: out,
    get xml() {
      return piecesText(out);
    },
    removedFormula: patcher.removedFormula,
  };
}

/** Where `<sheetData>` opens (a prefix allowed): the tag's start and end, or null when the bytes hold none. */
function findSheetDataTag(data: Uint8Array): { start: number; end: number } | null {
  for (let at = indexOfAscii(data, 'sheetData', 0); at >= 0; at = indexOfAscii(data, 'sheetData', at + 9)) {
    let lt = at - 1;
    if (data[lt] === 0x3a /* : */) while (lt > 0 && data[lt] !== 0x3c && data[lt] !== 0x2f && !isSpace(data[lt])) lt--;
    const after = data[at + 9];
    if (data[lt] !== 0x3c /* < */ || !(isSpace(after) || after === 0x3e || after === 0x2f)) continue;
    const gt = indexOfByte(data, 0x3e /* > */, at);
    return gt < 0 ? null : { start: lt, end: gt + 1 };
  }
  return null;
}

/** Whether the byte after a tag's name ends the name (so `<row` is not `<rowBreaks`). */
function endsName(c: number): boolean {
  return isSpace(c) || c === 0x3e /* > */ || c === 0x2f; /* / */
}

/** Where the ASCII text `ascii` last occurs at or after `from`; −1 when it does not (a part's tail is short: searched from its end). */
function lastIndexOfAscii(bytes: Uint8Array, ascii: string, from: number): number {
  for (let at = bytes.length - ascii.length; at >= from; at--) if (bytes[at] === 0x3c && bytesStartWith(bytes, at, ascii)) return at;
  return -1;
}

/**
 * {@link patchSheetCells} fed a part piece by piece, for a part streamed in chunks: each piece
 * but the last ends right after a closing row tag (so no row, tag or character is split), and
 * each call returns the output's next pieces, which concatenate to what patching the whole part
 * gives. The part is worked on as UTF-8 bytes: markup is found by its ASCII bytes, and only the
 * head and the rows written are decoded to text; every other byte is passed on as a view. A
 * part whose sheet data holds a comment or CDATA section cannot be cut safely: `feed` throws
 * {@link NeedsWholePart} for it (before the last piece), and the caller starts over, patching
 * the part whole.
 *
 * @example
 * const patcher = new SheetCellPatcher(writes, styles, false);
 * const pieces = [...patcher.feed(firstRows, false), ...patcher.feed(rest, true)];
 */
export class SheetCellPatcher {
  private readonly state = { removedFormula: false, orphanedShared: new Map<string, number>() };
  private readonly rows: number[];
  private next = 0;
  private rowNumber = 0;
  /** Known once the part's head (up to `<sheetData>`) has been read. */
  private head: { p: string; columnStyles: Map<number, number>; closed: boolean } | null = null;
  private ended = false;

  constructor(
    private readonly writes: CellWrites,
    private readonly styles: StylesEditor,
    private readonly date1904: boolean,
    /** Header cells the product adds: a new one takes the style of the cell to its left. */
    private readonly headers: HeaderCells = NO_HEADERS,
    /** A native byte search: with it, rows before the next written one are skipped unread ({@link RowSkipper}). */
    private readonly search: ByteSearch | null = null,
  ) {
    this.rows = [...writes.keys()].sort((a, b) => a - b);
  }

  /** Whether a formula was written over so far (the calculation chain is then stale). */
  get removedFormula(): boolean {
    return this.state.removedFormula;
  }

  /** The output for the next piece of the part, as UTF-8 bytes (`final`: the rest of it). */
  feed(data: Uint8Array, final: boolean): PatchPiece[] {
    const out: PatchPiece[] = [];
    let from = 0;
    if (this.head === null) {
      const tag = findSheetDataTag(data);
      if (!tag) throw new Error('worksheet part has no <sheetData>');
      const headText = DECODER.decode(data.subarray(0, tag.start));
      const p = /<(\w+:)?worksheet\b/.exec(headText)?.[1] ?? '';
      const open = utf8Text(data, tag.start, tag.end);
      const closed = open.endsWith('/>');
      this.head = { p, columnStyles: readColumnStyles(headText, p), closed };
      from = tag.end;
      // `<sheetData/>`: opened here, its rows written and closed below.
      out.push(growDimension(headText, this.writes, p) + (closed ? open.replace(/\s*\/>$/, '>') : open));
    }
    const { p } = this.head;
    if (this.ended) {
      out.push(data.subarray(from));
      return out;
    }
    if (this.head.closed) {
      for (; this.next < this.rows.length; this.next++) out.push(this.newRow(this.rows[this.next]));
      out.push(`</${p}sheetData>`, data.subarray(from));
      this.ended = true;
      return out;
    }
    const rowOpen = `<${p}row`;
    const rowClose = `</${p}row>`;
    const dataClose = `</${p}sheetData>`;
    const { rows, writes, state } = this;
    let copiedTo = from;
    let closeAt = -1;
    const skipper = this.search ? new RowSkipper(data, this.search(data), rowOpen, final) : null;
    let at = this.skip(skipper, from);
    while (this.next < rows.length || state.orphanedShared.size) {
      const lt = indexOfByte(data, 0x3c /* < */, at);
      if (lt < 0) break;
      const c = data[lt + 1];
      if (c === 0x21 /* ! */) {
        // A comment or CDATA section may hide a `</row>` a chunk was cut at.
        if (!final) throw new NeedsWholePart();
        const close = bytesStartWith(data, lt, '<!--') ? '-->' : bytesStartWith(data, lt, '<![CDATA[') ? ']]>' : '>';
        const end = indexOfAscii(data, close, lt + 2);
        at = end < 0 ? data.length : end + close.length;
        continue;
      }
      if (c === 0x2f /* / */ && bytesStartWith(data, lt, dataClose)) {
        closeAt = lt;
        break;
      }
      if (!bytesStartWith(data, lt, rowOpen) || !endsName(data[lt + rowOpen.length])) {
        at = lt + 1;
        continue;
      }
      const gt = indexOfByte(data, 0x3e /* > */, lt);
      const open = utf8Text(data, lt, gt + 1);
      const r = Number(/\sr="(\d+)"/.exec(open)?.[1] ?? this.rowNumber + 1);
      this.rowNumber = r;
      at = gt + 1;
      const pending: string[] = [];
      for (; this.next < rows.length && rows[this.next] < r; this.next++) pending.push(this.newRow(rows[this.next]));
      const written = this.next < rows.length && rows[this.next] === r ? writes.get(rows[this.next++])! : null;
      if (pending.length === 0 && !written && state.orphanedShared.size === 0) continue;
      const rowEnd = data[gt - 1] === 0x2f /* / */ ? gt + 1 : indexOfAscii(data, rowClose, gt) + rowClose.length;
      const rowXml = utf8Text(data, lt, rowEnd);
      if (pending.length === 0 && !written && !touchesOrphans(rowXml, state.orphanedShared, r)) continue;
      out.push(data.subarray(copiedTo, lt), ...pending);
      const ctx: RowContext = { p, columnStyles: this.head.columnStyles, styles: this.styles, date1904: this.date1904, state, headers: this.headers.get(r) };
      out.push(rewriteRow(rowXml, open, r, written ?? new Map(), ctx));
      copiedTo = rowEnd;
      at = this.skip(skipper, rowEnd);
    }
    if (closeAt < 0) {
      // Out of bytes, or nothing more to write: the rest is copied (a part cut short is refused).
      if (final && lastIndexOfAscii(data, dataClose, at) < 0) throw new Error('worksheet part ends inside its <sheetData>');
      out.push(data.subarray(copiedTo));
      return out;
    }
    out.push(data.subarray(copiedTo, closeAt));
    for (; this.next < rows.length; this.next++) out.push(this.newRow(rows[this.next]));
    out.push(data.subarray(closeAt));
    this.ended = true;
    return out;
  }

  /** Where to read on from `at`: past the rows before the next written one when they can be skipped unread. */
  private skip(skipper: RowSkipper | null, at: number): number {
    if (skipper === null || this.state.orphanedShared.size > 0 || this.next >= this.rows.length) return at;
    try {
      const skip = skipper.skipTo(at, this.rows[this.next]);
      if (skip === null) return at;
      if (skip.passed !== null) this.rowNumber = skip.passed;
      return skip.to;
    } catch (e) {
      if (e instanceof SkipBlocked) throw new NeedsWholePart();
      throw e;
    }
  }

  private newRow(r: number): string {
    const { p, columnStyles } = this.head!;
    const cells = [...this.writes.get(r)!].sort((a, b) => a[0] - b[0]).filter(([, v]) => v !== null);
    const xmlCells = cells.map(([c, v]) => cellXml(cellAddress(r, c), styleFor(v, columnStyles.get(c) ?? 0, this.styles), v, this.date1904, p));
    return xmlCells.length ? `<${p}row r="${r}">${xmlCells.join('')}</${p}row>` : '';
  }
}

/** Thrown by {@link SheetCellPatcher.feed} for a part that must be patched whole. */
export class NeedsWholePart extends Error {
  constructor() {
    super('a comment or CDATA section in the sheet data: patch the part whole');
  }
}

const NO_HEADERS: HeaderCells = new Map();

/** Column styles declared in `<cols>` (`<col min max style>`), by column. */
function readColumnStyles(head: string, p: string): Map<number, number> {
  const styles = new Map<number, number>();
  for (const m of head.matchAll(new RegExp(`<${p}col\\b[^>]*>`, 'g'))) {
    const style = Number(/\sstyle="(\d+)"/.exec(m[0])?.[1] ?? 0);
    const min = Number(/\smin="(\d+)"/.exec(m[0])?.[1] ?? 0);
    const max = Math.min(Number(/\smax="(\d+)"/.exec(m[0])?.[1] ?? 0), 16_384);
    if (style) for (let c = min; c <= max; c++) styles.set(c, style);
  }
  return styles;
}

/** `<dimension ref>` grown to cover every written cell; left as it is when it already does, or absent. */
function growDimension(head: string, writes: CellWrites, p: string): string {
  const m = new RegExp(`(<${p}dimension\\b[^>]*\\sref=")([^"]*)"`).exec(head);
  if (!m) return head;
  const range = parseRangeRef(m[2]) ?? { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  const grown = { ...range };
  for (const [r, cells] of writes) {
    for (const [c, v] of cells) {
      if (v === null) continue;
      grown.top = Math.min(grown.top, r);
      grown.bottom = Math.max(grown.bottom, r);
      grown.left = Math.min(grown.left, c);
      grown.right = Math.max(grown.right, c);
    }
  }
  if (grown.bottom === 0 || (grown.top === range.top && grown.left === range.left && grown.bottom === range.bottom && grown.right === range.right)) return head;
  return head.slice(0, m.index) + m[1] + rangeRef(grown) + '"' + head.slice(m.index + m[0].length);
}
