/**
 * Reading every worksheet of a workbook through the part-level host with Node's codecs, as the
 * CLI does, in a process of its own so peak memory belongs to it: open the package
 * (`PackageWorkbookHost.fromBytes`), then `readWorkbookSync()`. Prints the file's size, the
 * inflated size of its worksheet parts and the cells read beside the times and peak RSS.
 *
 * Usage: `node lib/test/bench/sheetReadChild.js /tmp/renewal-runs-bench/members-100000.xlsx`
 */
import { readFileSync } from 'node:fs';
import { nodeCodecs } from '../../src/hosts/file/nodeCodecs';
import { findEntry } from '../../src/hosts/file/package/partText';
import { PackageWorkbookHost } from '../../src/hosts/file/packageWorkbookHost';
import { peakRssMb, report, timed } from './measure';

const [path] = process.argv.slice(2);
const bytes = readFileSync(path);

const open = timed(() => PackageWorkbookHost.fromBytes(bytes, nodeCodecs()));
const read = timed(() => open.value.readWorkbookSync());

let cells = 0;
let rows = 0;
for (const sheet of read.value.sheets) {
  rows += sheet.cells.length;
  for (const row of sheet.cells) for (const c of row) if (c !== null && c !== undefined) cells++;
}
let sheetBytes = 0;
for (const sheet of open.value.pkg.sheets) {
  const entry = sheet.path === null ? undefined : findEntry(open.value.pkg.entries, sheet.path);
  if (entry) sheetBytes += entry.kind === 'stored' ? entry.size : entry.content.length;
}

report({
  kind: 'sheet-read',
  fileMb: Math.round(bytes.length / 1e5) / 10,
  sheetMb: Math.round(sheetBytes / 1e5) / 10,
  sheets: read.value.sheets.length,
  rows,
  cells,
  openMs: Math.round(open.ms),
  readMs: Math.round(read.ms),
  totalMs: Math.round(open.ms + read.ms),
  peakRssMb: peakRssMb(),
});
