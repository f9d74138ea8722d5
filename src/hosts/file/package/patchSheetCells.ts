import type { OutputCell } from '../../../workbook/outputGrid';
import { isDateCell } from '../../../workbook/outputGrid';
import { cellXml } from './cellXml';
import { cellAddress, parseCellRef, parseRangeRef, rangeRef } from './cellRef';
import type { HeaderCells } from './planSheets';
import type { StylesEditor } from './stylesEditor';

/** Cells to write into one sheet: row → column → value (1-based), later writes already applied. */
export type CellWrites = Map<number, Map<number, OutputCell>>;

/** A patched sheet, and whether a formula was written over (the calculation chain is then stale). */
export interface PatchedSheet {
  /** The part's text in pieces, in order (mostly long spans copied from the input): encoded piece by piece, never joined. */
  pieces: string[];
  /** The pieces joined (for tests and small parts). */
  readonly xml: string;
  removedFormula: boolean;
}

/**
 * A worksheet part with the given cells written and every other byte kept: the text outside
 * `<sheetData>` (views, column widths, merges, validations, conditional formats…) is copied,
 * except `<dimension ref>` grown to cover the writes; rows without a write are copied raw, and
 * once the last written row is done the rest of the part is copied in one piece. A written cell
 * keeps its `s` (a date gets a date style like it: {@link StylesEditor.dateStyleFor}), loses its
 * formula and value; a new cell takes the style Excel gives a cell typed there (its row's, when
 * the row is formatted, else its column's). Rows and cells without `r` are placed by position.
 *
 * A written cell that heads a shared formula takes the formula with it: the cells that shared
 * it keep their calculated values as plain values (a known limit; translating the formula to
 * the next cell is left for later).
 *
 * @example
 * patchSheetCells(xml, new Map([[2, new Map([[3, 'Lapsed']])]]), styles, false).xml
 */
export function patchSheetCells(xml: string, writes: CellWrites, styles: StylesEditor, date1904: boolean, headers: HeaderCells = NO_HEADERS): PatchedSheet {
  const patcher = new SheetCellPatcher(writes, styles, date1904, headers);
  const out = patcher.feed(xml, true);
  return {
    pieces: out,
    get xml() {
      return out.join('');
    },
    removedFormula: patcher.removedFormula,
  };
}

/**
 * {@link patchSheetCells} fed a part piece by piece, for a part streamed in chunks: each piece
 * but the last ends right after a closing row tag (so no row is split), and each call returns
 * the output's next pieces, which concatenate to what patching the whole part gives. A part
 * whose sheet data holds a comment or CDATA section cannot be cut safely: `feed` throws
 * {@link NeedsWholePart} for it, and the caller starts over, patching the part whole.
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
  ) {
    this.rows = [...writes.keys()].sort((a, b) => a - b);
  }

  /** Whether a formula was written over so far (the calculation chain is then stale). */
  get removedFormula(): boolean {
    return this.state.removedFormula;
  }

  /** The output for the next piece of the part (`final`: the rest of it). */
  feed(xml: string, final: boolean): string[] {
    const out: string[] = [];
    let from = 0;
    if (this.head === null) {
      const p = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
      const sheetData = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
      if (!sheetData) throw new Error('worksheet part has no <sheetData>');
      const closed = sheetData[1] === '/';
      this.head = { p, columnStyles: readColumnStyles(xml.slice(0, sheetData.index), p), closed };
      from = sheetData.index + sheetData[0].length;
      // `<sheetData/>`: opened here, its rows written and closed below.
      const open = closed ? sheetData[0].replace(/\s*\/>$/, '>') : sheetData[0];
      out.push(growDimension(xml.slice(0, sheetData.index), this.writes, p) + open);
    }
    const { p } = this.head;
    if (!final && !this.ended && (xml.includes('<![CDATA[', from) || xml.includes('<!--', from))) throw new NeedsWholePart();
    if (this.ended) {
      out.push(xml.slice(from));
      return out;
    }
    if (this.head.closed) {
      for (; this.next < this.rows.length; this.next++) out.push(this.newRow(this.rows[this.next]));
      out.push(`</${p}sheetData>`, xml.slice(from));
      this.ended = true;
      return out;
    }
    const closeAt = xml.indexOf(`</${p}sheetData>`, from);
    const end = closeAt < 0 ? xml.length : closeAt;
    const rowTag = new RegExp(`<${p}row\\b[^>]*?(/?)>`, 'g');
    rowTag.lastIndex = from;
    let copiedTo = from;
    const { rows, writes, state } = this;
    for (let m = rowTag.exec(xml); m && m.index < end && (this.next < rows.length || state.orphanedShared.size); m = rowTag.exec(xml)) {
      const r = Number(/\sr="(\d+)"/.exec(m[0])?.[1] ?? this.rowNumber + 1);
      this.rowNumber = r;
      const rowEnd = m[1] === '/' ? m.index + m[0].length : xml.indexOf(`</${p}row>`, m.index) + `</${p}row>`.length;
      const pending: string[] = [];
      for (; this.next < rows.length && rows[this.next] < r; this.next++) pending.push(this.newRow(rows[this.next]));
      const written = this.next < rows.length && rows[this.next] === r ? writes.get(rows[this.next++])! : null;
      if (pending.length === 0 && !written && !touchesOrphans(xml.slice(m.index, rowEnd), state.orphanedShared, r)) continue;
      out.push(xml.slice(copiedTo, m.index), ...pending);
      const ctx = { p, columnStyles: this.head.columnStyles, styles: this.styles, date1904: this.date1904, state, headers: this.headers.get(r) };
      out.push(rewriteRow(xml.slice(m.index, rowEnd), m[0], r, written ?? new Map(), ctx));
      copiedTo = rowEnd;
    }
    if (closeAt < 0) {
      if (final) throw new Error('worksheet part ends inside its <sheetData>');
      out.push(xml.slice(copiedTo));
      return out;
    }
    out.push(xml.slice(copiedTo, end));
    for (; this.next < rows.length; this.next++) out.push(this.newRow(rows[this.next]));
    out.push(xml.slice(end));
    this.ended = true;
    return out;
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

interface RowContext {
  p: string;
  columnStyles: Map<number, number>;
  styles: StylesEditor;
  date1904: boolean;
  state: { removedFormula: boolean; orphanedShared: Map<string, number> };
  /** This row's header cells the product adds, if any. */
  headers?: ReadonlySet<number>;
}

const NO_HEADERS: HeaderCells = new Map();

/** One row with its written cells replaced or inserted in column order. */
function rewriteRow(rowXml: string, open: string, r: number, writes: Map<number, OutputCell>, ctx: RowContext): string {
  const { p, styles } = ctx;
  const rowStyle = /\scustomFormat="(1|true)"/.test(open) ? Number(/\ss="(\d+)"/.exec(open)?.[1] ?? 0) : null;
  // A header the product adds looks like the header cell before it (bold, filled…).
  let leftStyle: number | null = null;
  const baseFor = (c: number): number => (ctx.headers?.has(c) && leftStyle !== null ? leftStyle : (rowStyle ?? ctx.columnStyles.get(c) ?? 0));
  const columns = [...writes.keys()].sort((a, b) => a - b);
  const selfClosing = open.endsWith('/>');
  const body = selfClosing ? '' : rowXml.slice(open.length, rowXml.length - `</${p}row>`.length);
  const out: string[] = [];
  const cellTag = new RegExp(`<${p}c\\b[^>]*?(/?)>`, 'g');
  let copiedTo = 0;
  let column = 0;
  let next = 0;
  let first = Infinity;
  let last = 0;
  const write = (c: number, style: number): void => {
    const value = writes.get(c)!;
    out.push(cellXml(cellAddress(r, c), styleFor(value, style, styles), value, ctx.date1904, p));
    first = Math.min(first, c);
    last = Math.max(last, c);
  };
  for (let m = cellTag.exec(body); m; m = cellTag.exec(body)) {
    const ref = /\sr="([^"]*)"/.exec(m[0])?.[1];
    column = ref ? (parseCellRef(ref)?.column ?? column + 1) : column + 1;
    first = Math.min(first, column);
    last = Math.max(last, column);
    const cellEnd = m[1] === '/' ? m.index + m[0].length : body.indexOf(`</${p}c>`, m.index) + `</${p}c>`.length;
    const cell = body.slice(m.index, cellEnd);
    const pending: number[] = [];
    for (; next < columns.length && columns[next] < column; next++) if (writes.get(columns[next]) !== null) pending.push(columns[next]);
    const replaced = next < columns.length && columns[next] === column;
    if (replaced) next++;
    const orphan = replaced ? null : dropsOrphanedFormula(cell, ctx.state.orphanedShared, p);
    const style = Number(/\ss="(\d+)"/.exec(m[0])?.[1] ?? 0);
    if (pending.length === 0 && !replaced && orphan === null) {
      leftStyle = style;
      continue;
    }
    out.push(body.slice(copiedTo, m.index));
    for (const c of pending) write(c, baseFor(c));
    if (replaced) {
      noteFormula(cell, r, ctx.state, p);
      write(column, style);
    } else if (orphan !== null) out.push(orphan);
    else out.push(cell);
    leftStyle = style;
    copiedTo = cellEnd;
  }
  out.push(body.slice(copiedTo));
  for (; next < columns.length; next++) if (writes.get(columns[next]) !== null) write(columns[next], baseFor(columns[next]));
  let newOpen = open.replace(/\s*\/>$/, '>');
  if (!/\sr="/.test(newOpen)) newOpen = newOpen.replace(/^<[\w:]+/, (tag) => `${tag} r="${r}"`);
  // Excel writes one `spans` for a block of rows: widen it to the written cells, never narrow it.
  newOpen = newOpen.replace(
    /(\sspans=")(\d+):(\d+)"/,
    (_, attr: string, a: string, b: string) => `${attr}${Math.min(first, Number(a))}:${Math.max(last, Number(b))}"`,
  );
  return `${newOpen}${out.join('')}</${p}row>`;
}

/** The style a written value gets in a cell styled `base`: a date needs one that shows dates. */
function styleFor(value: OutputCell, base: number, styles: StylesEditor): number {
  return value !== null && isDateCell(value) ? styles.dateStyleFor(base) : base;
}

/** Records a formula written over; a shared formula's head leaves its followers orphaned down to its range's last row. */
function noteFormula(cell: string, r: number, state: RowContext['state'], p: string): void {
  const f = new RegExp(`<${p}f\\b[^>]*>`).exec(cell);
  if (!f) return;
  state.removedFormula = true;
  const si = /\ssi="(\d+)"/.exec(f[0])?.[1];
  const ref = /\sref="([^"]*)"/.exec(f[0])?.[1];
  const range = ref ? parseRangeRef(ref) : null;
  if (/\st="shared"/.test(f[0]) && si !== undefined && range) state.orphanedShared.set(si, Math.max(range.bottom, r));
}

/** Whether a row may hold followers of an orphaned shared formula. */
function touchesOrphans(rowXml: string, orphans: Map<string, number>, r: number): boolean {
  for (const [si, lastRow] of orphans) {
    if (r > lastRow) orphans.delete(si);
    else if (rowXml.includes(`si="${si}"`)) return true;
  }
  return false;
}

/** A follower of an orphaned shared formula without its `<f>` (its cached value stays); null for any other cell. */
function dropsOrphanedFormula(cell: string, orphans: Map<string, number>, p: string): string | null {
  const f = new RegExp(`<${p}f\\b[^>]*\\ssi="(\\d+)"[^>]*?(?:/>|>[^<]*</${p}f>)`).exec(cell);
  return f && orphans.has(f[1]) ? cell.replace(f[0], '') : null;
}

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
