import { DATE_FORMAT } from '../../../workbook/outputGrid';
import { isDateFormat } from './dateFormats';
import { escapeXml, decodeXmlText } from './xmlText';

/** The schema order of `<styleSheet>`'s children: a section a workbook lacks is inserted in its place. */
const SECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

/**
 * The styles part, edited as text: a workbook's own styles stay byte-identical and the styles the
 * writer needs are appended (a `yyyy-mm-dd` number format, a date `xf` per source `xf`, a bold
 * font and header `xf`), each once, with the sections' `count` attributes updated.
 *
 * @example
 * const styles = new StylesEditor(stylesXml);
 * const s = styles.dateStyleFor(3); // 3 when xf 3 already shows dates, else a new xf like 3 with yyyy-mm-dd
 * const text = styles.changed ? styles.text : stylesXml;
 */
export class StylesEditor {
  private readonly prefix: string;
  private readonly xfs: { numFmtId: number; xml: string }[];
  private readonly formats = new Map<number, string>();
  private readonly dateStyles = new Map<number, number>();
  private headerStyle: number | null = null;
  private dateFormatId: number | null = null;
  changed = false;

  constructor(public text: string) {
    this.prefix = /<(\w+:)?styleSheet\b/.exec(text)?.[1] ?? '';
    const p = this.prefix;
    for (const m of this.section('numFmts').matchAll(new RegExp(`<${p}numFmt\\b[^>]*>`, 'g'))) {
      const id = Number(attribute(m[0], 'numFmtId'));
      this.formats.set(id, decodeXmlText(attribute(m[0], 'formatCode') ?? ''));
    }
    this.xfs = [...this.section('cellXfs').matchAll(new RegExp(`<${p}xf\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}xf>)`, 'g'))].map((m) => ({
      numFmtId: Number(attribute(m[0], 'numFmtId') ?? 0),
      xml: m[0],
    }));
  }

  /** Whether cell style `index` shows dates. */
  isDateStyle(index: number): boolean {
    const xf = this.xfs[index];
    return xf !== undefined && isDateFormat(xf.numFmtId, this.formats.get(xf.numFmtId));
  }

  /** A style that shows dates and otherwise looks like `index`: itself when it already shows dates. */
  dateStyleFor(index: number): number {
    if (this.isDateStyle(index)) return index;
    const known = this.dateStyles.get(index);
    if (known !== undefined) return known;
    const source = this.xfs[index]?.xml ?? DEFAULT_XF.replace('<xf', `<${this.prefix}xf`);
    const id = this.dateFormat();
    const open = /^<[^>]*?(?=\/?>)/.exec(source)![0];
    const edited = setAttribute(setAttribute(open, 'numFmtId', String(id)), 'applyNumberFormat', '1');
    const xml = edited + source.slice(open.length);
    // An earlier save may have added the very same style: reuse it rather than add a twin.
    const twin = this.xfs.findIndex((xf) => xf.xml === xml);
    const added = twin >= 0 ? twin : this.addXf(xml, id);
    this.dateStyles.set(index, added);
    return added;
  }

  /** A bold style for header rows: a bold copy of the default font, in the default style otherwise. */
  boldHeaderStyle(): number {
    if (this.headerStyle !== null) return this.headerStyle;
    const p = this.prefix;
    const fonts = this.section('fonts');
    const first = new RegExp(`<${p}font\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}font>)`).exec(fonts)?.[0] ?? `<${p}font/>`;
    const bold = first.endsWith('/>') ? `${first.slice(0, -2)}><${p}b/></${p}font>` : first.replace(/^<[^>]*>/, (open) => `${open}<${p}b/>`);
    const fontId = this.append('fonts', bold, `<${p}font\\b`);
    this.headerStyle = this.addXf(`<${p}xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`, 0);
    return this.headerStyle;
  }

  /** The id of the writer's `yyyy-mm-dd` format, added to `<numFmts>` the first time. */
  private dateFormat(): number {
    if (this.dateFormatId !== null) return this.dateFormatId;
    for (const [id, code] of this.formats) if (code === DATE_FORMAT) return (this.dateFormatId = id);
    const id = Math.max(163, ...this.formats.keys()) + 1;
    this.append('numFmts', `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(DATE_FORMAT)}"/>`, `<${this.prefix}numFmt\\b`);
    this.formats.set(id, DATE_FORMAT);
    return (this.dateFormatId = id);
  }

  private addXf(xml: string, numFmtId: number): number {
    if (this.xfs.length === 0 && this.section('cellXfs') === '') {
      // No cellXfs at all: style 0 must exist before ours.
      this.append('cellXfs', DEFAULT_XF.replace('<xf', `<${this.prefix}xf`), `<${this.prefix}xf\\b`);
      this.xfs.push({ numFmtId: 0, xml: DEFAULT_XF });
    }
    const index = this.append('cellXfs', xml, `<${this.prefix}xf\\b`);
    this.xfs.push({ numFmtId, xml });
    return index;
  }

  /** The text of a section, `''` when absent. */
  private section(name: string): string {
    const p = this.prefix;
    return new RegExp(`<${p}${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${name}>)`).exec(this.text)?.[0] ?? '';
  }

  /** Appends `item` to a section (created in schema order when absent); returns the item's index. */
  private append(name: string, item: string, itemPattern: string): number {
    this.changed = true;
    const p = this.prefix;
    const existing = this.section(name);
    const count = existing === '' ? 0 : (existing.match(new RegExp(itemPattern, 'g')) ?? []).length;
    let replacement: string;
    if (existing === '' || existing.endsWith('/>')) {
      const open = existing === '' ? `<${p}${name}>` : existing.slice(0, -2) + '>';
      replacement = `${setAttribute(open.slice(0, -1), 'count', '1')}>${item}</${p}${name}>`;
    } else {
      const open = /^<[^>]*>/.exec(existing)![0];
      const body = existing.slice(open.length, existing.length - `</${p}${name}>`.length);
      replacement = `${setAttribute(open.slice(0, -1), 'count', String(count + 1))}>${body}${item}</${p}${name}>`;
    }
    if (existing !== '') {
      this.text = this.text.replace(existing, () => replacement);
    } else {
      const later = SECTIONS.slice(SECTIONS.indexOf(name) + 1)
        .map((s) => new RegExp(`<${p}${s}\\b`).exec(this.text)?.index)
        .find((i) => i !== undefined);
      const at = later ?? this.text.lastIndexOf(`</${p}styleSheet>`);
      this.text = this.text.slice(0, at) + replacement + this.text.slice(at);
    }
    return count;
  }
}

/** A minimal styles part for a workbook that has none (Excel's defaults: Calibri 11, no fill, no border). */
export function minimalStylesXml(namespace: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${namespace}">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="1">${DEFAULT_XF}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? new RegExp(`\\s${name}='([^']*)'`).exec(tag)?.[1];
}

/** Sets an attribute on an opening tag given without its closing `>` or `/>`. */
function setAttribute(open: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}=)("[^"]*"|'[^']*')`);
  return pattern.test(open) ? open.replace(pattern, `$1"${value}"`) : `${open} ${name}="${value}"`;
}
