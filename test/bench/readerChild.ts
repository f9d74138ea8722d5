/**
 * One reading of a workbook, in a process of its own so peak memory belongs to it:
 * `package` the part-level reader (PackageWorkbookHost), `saxes` the same package with every
 * worksheet parsed by saxes instead of the hand-written scanner, `floor` inflating every part and
 * touching every cell tag (the least any reader must do), `sheetjs` the old path (XlsxWorkbookHost).
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { PackageWorkbookHost } from '../../src/hosts/file/packageWorkbookHost';
import { InflateBudget } from '../../src/hosts/file/package/inflateBudget';
import { openPackage } from '../../src/hosts/file/package/openPackage';
import { EXCEL_LIMITS } from '../../src/hosts/file/package/packageModel';
import { findEntry, partText } from '../../src/hosts/file/package/partText';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import { peakRssMb, report, timed } from './measure';

const [mode, path] = process.argv.slice(2);
const bytes = readFileSync(path);

function countCells(grids: { sheets: { cells: unknown[][] }[] }): number {
  let n = 0;
  for (const s of grids.sheets) for (const row of s.cells) for (const c of row) if (c !== null && c !== undefined) n++;
  return n;
}

function floor(): number {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder();
  let cells = 0;
  for (const [name, content] of Object.entries(files)) {
    if (!name.startsWith('xl/worksheets/') && !name.endsWith('sharedStrings.xml')) continue;
    const xml = decoder.decode(content);
    for (let p = xml.indexOf('<c '); p >= 0; p = xml.indexOf('<c ', p + 3)) cells++;
  }
  return cells;
}

/** The worksheets through saxes: the same cell types as the scanner, into the same kind of rows. */
function saxes(): number {
  const budget = new InflateBudget(EXCEL_LIMITS.maxInflatedBytes);
  const pkg = openPackage(bytes, EXCEL_LIMITS, budget);
  let cells = 0;
  for (const sheet of pkg.sheets) {
    if (sheet.path === null) continue;
    const xml = partText(findEntry(pkg.entries, sheet.path)!, budget);
    const rows = new Map<number, unknown[]>();
    let row: unknown[] = [];
    let rowNumber = 0;
    let column = 0;
    let type = 'n';
    let text: string | null = null;
    let inValue = false;
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => {
      const name = tag.name;
      if (name === 'row') {
        rowNumber = Number(tag.attributes.r ?? rowNumber + 1);
        row = [];
        rows.set(rowNumber, row);
        column = 0;
      } else if (name === 'c') {
        type = String(tag.attributes.t ?? 'n');
        column++;
        text = null;
      } else if (name === 'v' || name === 't') {
        inValue = true;
        text = '';
      }
    });
    parser.on('text', (t) => {
      if (inValue) text += t;
    });
    parser.on('closetag', (tag) => {
      if (tag.name === 'v' || tag.name === 't') inValue = false;
      else if (tag.name === 'c' && text !== null) {
        row[column - 1] = type === 's' ? pkg.sharedStrings[Number(text)] : type === 'n' ? Number(text) : text;
        cells++;
      }
    });
    parser.write(xml).close();
  }
  return cells;
}

const run = timed((): number => {
  if (mode === 'package') return countCells(PackageWorkbookHost.fromBytes(bytes).readWorkbookSync());
  if (mode === 'sheetjs') return countCells(XlsxWorkbookHost.fromBytes(bytes).readWorkbookSync());
  if (mode === 'saxes') return saxes();
  return floor();
});
report({ kind: `read-${mode}`, readMs: run.ms, cells: run.value, peakRssMb: peakRssMb() });
