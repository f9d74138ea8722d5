/**
 * The CLI preview split into phases, as `buildPreview` and `renewal-runs preview` run them:
 * load the file, read grids, parse records, plan, fingerprint, lay out the sheet, write.
 */
import { isoDate } from '../../src/engine/dates/isoDate';
import { planRun } from '../../src/engine/plan/planRun';
import { loadWorkbookFile, writeFileAtomically } from '../../src/hosts/file/workbookFile';
import { fingerprintInputs } from '../../src/workbook/fingerprint/fingerprintInputs';
import { INPUT_SHEETS } from '../../src/workbook/preview/buildPreview';
import { findSheet, readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import type { SheetGrid } from '../../src/workbook/sheetGrid';
import { previewSheet } from '../../src/workbook/write/previewSheet';
import { peakRssMb, report, timed } from './measure';

const [path, out, asOfText] = process.argv.slice(2);
const asOf = isoDate(asOfText);
const load = timed(() => loadWorkbookFile(path));
const grids = timed(() => load.value.readWorkbookSync());
const parse = timed(() => readWorkbookRecords(grids.value));
const run = parse.value.runs.find((r) => r.id === 'NIGHTLY');
if (!run) throw new Error('NIGHTLY run missing from the bench workbook');
const engine = timed(() => planRun({ records: parse.value.records, run, allRuns: parse.value.runs, asOf }));
const fingerprint = timed(() =>
  fingerprintInputs(
    INPUT_SHEETS.map((n) => findSheet(grids.value, n)).filter((s): s is SheetGrid => s != null),
    run,
    false,
  ),
);
const layout = timed(() => previewSheet({ plan: engine.value, inputErrors: parse.value.inputErrors, fingerprint: fingerprint.value }));
const write = timed(() => {
  load.value.replaceSheetSync(layout.value);
  writeFileAtomically(out, load.value.toBytes());
});
report({
  kind: 'phases',
  readMs: load.ms + grids.ms,
  parseMs: parse.ms,
  engineMs: engine.ms,
  fingerprintMs: fingerprint.ms,
  layoutMs: layout.ms,
  writeMs: write.ms,
  items: engine.value.items.length,
  peakRssMb: peakRssMb(),
});
