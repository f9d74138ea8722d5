import { executePost } from '../../src/app/postRun';
import { executePreview } from '../../src/app/previewRun';
import type { WorkbookHost } from '../../src/hosts/workbookHost';
import { preparePost } from '../../src/workbook/post/preparePost';
import { isoDate } from '../../src/engine/dates/isoDate';
import type { RunDefinition } from '../../src/engine/model/run';
import { OfficeWorkbookHost } from '../../src/hosts/office/officeWorkbookHost';
import { buildPreview } from '../../src/workbook/preview/buildPreview';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import type { ExcelRun } from '../../src/hosts/office/excelRun';
import { dateToSerial } from '../../src/workbook/cells/excelSerial';
import { isDateCell } from '../../src/workbook/outputGrid';
import { sampleWorkbook } from '../../src/workbook/sample/sampleWorkbook';
import type { ModelRunOptions } from '../excelModel/cellEditMode';
import { createExcelModel, ExcelModel, ExcelModelOptions, SeedValue } from '../excelModel/excelModel';

export const AS_OF = isoDate('2026-11-21');

/** A model workbook seeded with the sample organisation (dates as serials with a date format). */
export function sampleModel(memberships: number, options: ExcelModelOptions = {}): ExcelModel {
  const model = createExcelModel(options);
  const date1904 = options.date1904 ?? false;
  for (const sheet of sampleWorkbook({ asOf: AS_OF, memberships, seed: 11, withInputErrors: false })) {
    const values: SeedValue[][] = sheet.rows.map((row) => row.map((c) => (isDateCell(c) ? dateToSerial(c.date, date1904) : c)));
    const formats = sheet.rows.map((row) => row.map((c) => (isDateCell(c) ? 'yyyy-mm-dd' : null)));
    model.addSheet(sheet.name, values, { numberFormats: formats });
  }
  return model;
}

/** The model's `run`, typed as `Excel.run` for the host. */
export function runOf(model: ExcelModel): ExcelRun {
  return ((options, batch) => model.run(options as ModelRunOptions, batch as never)) as ExcelRun;
}

/**
 * A sample workbook of `memberships` on the model, read through the Office host, with NIGHTLY
 * previewed as of AS_OF: where the post tests start.
 *
 * @example
 * const { model, host, run } = await previewedSampleModel(120);
 */
export async function previewedSampleModel(memberships: number): Promise<{ model: ExcelModel; host: OfficeWorkbookHost; run: RunDefinition }> {
  const model = sampleModel(memberships);
  const host = new OfficeWorkbookHost(runOf(model));
  const run = await previewNightly(host);
  return { model, host, run };
}

/** Reads the workbook through `host` and previews NIGHTLY as of AS_OF; resolves to the run. */
export async function previewNightly(host: WorkbookHost): Promise<RunDefinition> {
  const grids = await host.readWorkbook();
  const read = readWorkbookRecords(grids);
  const run = read.runs.find((r) => r.id === 'NIGHTLY');
  if (!run) throw new Error('no NIGHTLY');
  await executePreview(host, buildPreview({ grids, read, run, asOf: AS_OF }));
  return run;
}

/**
 * Reads the workbook through `host` and prepares the post of its NIGHTLY preview; calling the
 * result posts it.
 *
 * @example
 * const post = await preparedNightlyPost(host); await post();
 */
export async function preparedNightlyPost(host: WorkbookHost): Promise<() => Promise<void>> {
  const grids = await host.readWorkbook();
  const read = readWorkbookRecords(grids);
  const run = read.runs.find((r) => r.id === 'NIGHTLY');
  if (!run) throw new Error('no NIGHTLY');
  const decision = preparePost({ grids, read, run, executedAt: '2026-11-21T02:00:00Z', postingBy: 'pane:test' });
  if (!decision.ok) throw new Error(decision.message);
  return () => executePost(host, decision.post);
}
