import type { OutputCell } from '../../../workbook/outputGrid';
import { isDateCell } from '../../../workbook/outputGrid';
import { cellXml } from './cellXml';
import { cellAddress, parseCellRef, parseRangeRef } from './cellRef';
import type { StylesEditor } from './stylesEditor';

/** What rewriting one row needs to know about its sheet, and what it records for the rows after. */
export interface RowContext {
  p: string;
  columnStyles: Map<number, number>;
  styles: StylesEditor;
  date1904: boolean;
  state: { removedFormula: boolean; orphanedShared: Map<string, number> };
  /** This row's header cells the product adds, if any. */
  headers?: ReadonlySet<number>;
}

/**
 * One row (its text, `open` its opening tag) with its written cells replaced or inserted in
 * column order; every other cell is kept as it is, and the row's `spans` widened to cover them.
 *
 * @example
 * rewriteRow('<row r="2"><c r="A2"><v>1</v></c></row>', '<row r="2">', 2, new Map([[2, 'x']]), ctx)
 * // → '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>x</t></is></c></row>'
 */
export function rewriteRow(rowXml: string, open: string, r: number, writes: Map<number, OutputCell>, ctx: RowContext): string {
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
export function styleFor(value: OutputCell, base: number, styles: StylesEditor): number {
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
export function touchesOrphans(rowXml: string, orphans: Map<string, number>, r: number): boolean {
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
