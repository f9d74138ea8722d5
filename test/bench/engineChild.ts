/**
 * The engine alone: records built in memory (no xlsx), then planRun timed (median of three)
 * with the heap it adds. This is the figure the "engine plan ≤ 2 s for 1,000,000 memberships"
 * target is about.
 */
import { dateToSerial } from '../../src/workbook/cells/excelSerial';
import { isoDate } from '../../src/engine/dates/isoDate';
import { planRun } from '../../src/engine/plan/planRun';
import { isDateCell, OutputCell } from '../../src/workbook/outputGrid';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { sampleWorkbook } from '../../src/workbook/sample/sampleWorkbook';
import type { Cell, WorkbookGrids } from '../../src/workbook/sheetGrid';
import { peakRssMb, report, timed } from './measure';

const members = Number(process.argv[2]);
const asOf = isoDate(process.argv[3]);
const toCell = (c: OutputCell): Cell => (isDateCell(c) ? dateToSerial(c.date, false) : c);
const generated = timed(() => {
  const sheets = sampleWorkbook({ asOf, memberships: members, withInputErrors: false });
  const book: WorkbookGrids = {
    date1904: false,
    sheets: sheets.map((s) => ({ name: s.name, cells: s.rows.map((r) => r.map(toCell)), firstRow: 1, firstColumn: 1 })),
  };
  return book;
});
const parse = timed(() => readWorkbookRecords(generated.value));
const { records, runs } = parse.value;
const run = runs.find((r) => r.id === 'NIGHTLY');
if (!run) throw new Error('NIGHTLY run missing');
// Heap the plan holds on to (after a full GC, the plan still referenced) and the most the heap
// grew while planning (garbage included: an upper bound on the engine's peak).
const gc = global.gc ?? (() => undefined);
const times: number[] = [];
let items = 0;
let retainedMb = 0;
let growthMb = 0;
for (let i = 0; i < 3; i++) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const t = timed(() => planRun({ records, run, allRuns: runs, asOf }));
  growthMb = Math.max(growthMb, (process.memoryUsage().heapUsed - before) / 1048576);
  gc();
  retainedMb = Math.max(retainedMb, (process.memoryUsage().heapUsed - before) / 1048576);
  times.push(t.ms);
  items = t.value.items.length;
}
times.sort((a, b) => a - b);
report({
  kind: 'engine',
  members: records.members.length,
  invoices: records.invoices.length,
  parseMs: parse.ms,
  engineMs: times[1],
  items,
  retainedMb: Math.round(retainedMb),
  growthMb: Math.round(growthMb),
  peakRssMb: peakRssMb(),
});
