import type { OutputCell } from '../../../workbook/outputGrid';
import { isDateCell } from '../../../workbook/outputGrid';
import { cellXml } from './cellXml';
import { cellAddress, parseCellRef, parseRangeRef, rangeRef } from './cellRef';
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
export function patchSheetCells(xml: string, writes: CellWrites, styles: StylesEditor, date1904: boolean): PatchedSheet {
  const p = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  const sheetData = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!sheetData) throw new Error('worksheet part has no <sheetData>');
  const columnStyles = readColumnStyles(xml.slice(0, sheetData.index), p);
  const out: string[] = [];
  const state = { removedFormula: false, orphanedShared: new Map<string, number>() };
  const rows = [...writes.keys()].sort((a, b) => a - b);
  const newRow = (r: number): string => {
    const cells = [...writes.get(r)!].sort((a, b) => a[0] - b[0]).filter(([, v]) => v !== null);
    const xmlCells = cells.map(([c, v]) => cellXml(cellAddress(r, c), styleFor(v, columnStyles.get(c) ?? 0, styles), v, date1904, p));
    return xmlCells.length ? `<${p}row r="${r}">${xmlCells.join('')}</${p}row>` : '';
  };

  let copiedTo = sheetData.index + sheetData[0].length;
  out.push(xml.slice(0, copiedTo));
  let next = 0;
  let end: number;
  if (sheetData[1] === '/') {
    // `<sheetData/>`: open it, write the rows, close it.
    out[0] = xml.slice(0, sheetData.index) + sheetData[0].replace(/\s*\/>$/, '>');
    for (; next < rows.length; next++) out.push(newRow(rows[next]));
    out.push(`</${p}sheetData>`);
    end = copiedTo;
  } else {
    end = xml.indexOf(`</${p}sheetData>`, copiedTo);
    const rowTag = new RegExp(`<${p}row\\b[^>]*?(/?)>`, 'g');
    rowTag.lastIndex = copiedTo;
    let rowNumber = 0;
    for (let m = rowTag.exec(xml); m && m.index < end && (next < rows.length || state.orphanedShared.size); m = rowTag.exec(xml)) {
      const r = Number(/\sr="(\d+)"/.exec(m[0])?.[1] ?? rowNumber + 1);
      rowNumber = r;
      const rowEnd = m[1] === '/' ? m.index + m[0].length : xml.indexOf(`</${p}row>`, m.index) + `</${p}row>`.length;
      const pending: string[] = [];
      for (; next < rows.length && rows[next] < r; next++) pending.push(newRow(rows[next]));
      const written = next < rows.length && rows[next] === r ? writes.get(rows[next++])! : null;
      if (pending.length === 0 && !written && !touchesOrphans(xml.slice(m.index, rowEnd), state.orphanedShared, r)) continue;
      out.push(xml.slice(copiedTo, m.index), ...pending);
      out.push(rewriteRow(xml.slice(m.index, rowEnd), m[0], r, written ?? new Map(), { p, columnStyles, styles, date1904, state }));
      copiedTo = rowEnd;
    }
    out.push(xml.slice(copiedTo, end));
    for (; next < rows.length; next++) out.push(newRow(rows[next]));
  }
  out.push(xml.slice(end));
  out[0] = growDimension(out[0], writes, p);
  return {
    pieces: out,
    get xml() {
      return out.join('');
    },
    removedFormula: state.removedFormula,
  };
}

interface RowContext {
  p: string;
  columnStyles: Map<number, number>;
  styles: StylesEditor;
  date1904: boolean;
  state: { removedFormula: boolean; orphanedShared: Map<string, number> };
}

/** One row with its written cells replaced or inserted in column order. */
function rewriteRow(rowXml: string, open: string, r: number, writes: Map<number, OutputCell>, ctx: RowContext): string {
  const { p, styles } = ctx;
  const rowStyle = /\scustomFormat="(1|true)"/.test(open) ? Number(/\ss="(\d+)"/.exec(open)?.[1] ?? 0) : null;
  const baseFor = (c: number): number => rowStyle ?? ctx.columnStyles.get(c) ?? 0;
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
    if (pending.length === 0 && !replaced && orphan === null) continue;
    out.push(body.slice(copiedTo, m.index));
    for (const c of pending) write(c, baseFor(c));
    if (replaced) {
      noteFormula(cell, r, ctx.state, p);
      write(column, Number(/\ss="(\d+)"/.exec(m[0])?.[1] ?? 0));
    } else if (orphan !== null) out.push(orphan);
    else out.push(cell);
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
