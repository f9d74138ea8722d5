/**
 * The Office host through the real office.js request serialiser (test/officeJs harness) onto the
 * in-repo Excel model: context.sync() count, the largest request as office.js really sends it
 * (UTF-8 of its request body) and as the model counts it, and the largest response, for reading
 * the workbook, previewing the nightly run and posting it, at one size.
 */
import { executePost } from '../../src/app/postRun';
import { executePreview } from '../../src/app/previewRun';
import { OfficeWorkbookHost } from '../../src/hosts/office/officeWorkbookHost';
import { preparePost } from '../../src/workbook/post/preparePost';
import { buildPreview } from '../../src/workbook/preview/buildPreview';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { AS_OF, sampleModel } from '../office/seedModel';
import { officeJsRun } from '../officeJs/officeJsRun';
import { report, timed } from './measure';

async function main(): Promise<void> {
  const members = Number(process.argv[2]);
  const model = sampleModel(members);
  const { run, recorder } = officeJsRun(model);
  const host = new OfficeWorkbookHost(run);
  const measure = async (step: () => Promise<unknown>) => {
    model.resetStats();
    recorder.reset();
    const start = process.hrtime.bigint();
    await step();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const refused = recorder.requests.filter((r) => r.errorCode).length;
    return {
      syncs: recorder.requests.length,
      realBytes: recorder.largestBytes,
      modelBytes: model.stats.largestRequestBytes,
      responseKb: Math.round(model.stats.largestResponseBytes / 1024),
      refused,
      ms,
    };
  };
  let grids = await host.readWorkbook();
  const read1 = await measure(async () => (grids = await host.readWorkbook()));
  let records = timed(() => readWorkbookRecords(grids)).value;
  const run1 = records.runs.find((r) => r.id === 'NIGHTLY');
  if (!run1) throw new Error('no NIGHTLY');
  const preview = buildPreview({ grids, read: records, run: run1, asOf: AS_OF });
  const write = await measure(() => executePreview(host, preview));
  grids = await host.readWorkbook();
  records = readWorkbookRecords(grids);
  const decision = preparePost({ grids, read: records, run: run1, executedAt: '2026-11-21T02:00:00Z', postingBy: 'pane:test' });
  if (!decision.ok) throw new Error(decision.message);
  const post = await measure(() => executePost(host, decision.post));
  report({
    kind: 'office',
    items: preview.plan.items.length,
    readSyncs: read1.syncs,
    readLargestRealBytes: read1.realBytes,
    readLargestModelBytes: read1.modelBytes,
    readLargestResponseKb: read1.responseKb,
    previewSyncs: write.syncs,
    previewLargestRealBytes: write.realBytes,
    previewLargestModelBytes: write.modelBytes,
    previewRefused: write.refused,
    postSyncs: post.syncs,
    postLargestRealBytes: post.realBytes,
    postLargestModelBytes: post.modelBytes,
    postRefused: post.refused,
    postCells: decision.post.apply.length,
  });
}

void main();
