/**
 * The Office host against the in-repo Excel model: context.sync() count and largest request
 * for reading the workbook, previewing the nightly run and posting it, at one size.
 */
import { executePost } from '../../src/app/postRun';
import { executePreview } from '../../src/app/previewRun';
import { OfficeWorkbookHost } from '../../src/hosts/office/officeWorkbookHost';
import { preparePost } from '../../src/workbook/post/preparePost';
import { buildPreview } from '../../src/workbook/preview/buildPreview';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { AS_OF, runOf, sampleModel } from '../office/seedModel';
import { report, timed } from './measure';

async function main(): Promise<void> {
  const members = Number(process.argv[2]);
  const model = sampleModel(members);
  const host = new OfficeWorkbookHost(runOf(model));
  const measure = async (step: () => Promise<unknown>) => {
    model.resetStats();
    const start = process.hrtime.bigint();
    await step();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    return { syncs: model.stats.syncs, largestKb: Math.round(Math.max(model.stats.largestRequestBytes, model.stats.largestResponseBytes) / 1024), ms };
  };
  let grids = await host.readWorkbook();
  const read1 = await measure(async () => (grids = await host.readWorkbook()));
  let records = timed(() => readWorkbookRecords(grids)).value;
  const run = records.runs.find((r) => r.id === 'NIGHTLY');
  if (!run) throw new Error('no NIGHTLY');
  const preview = buildPreview({ grids, read: records, run, asOf: AS_OF });
  const write = await measure(() => executePreview(host, preview));
  grids = await host.readWorkbook();
  records = readWorkbookRecords(grids);
  const decision = preparePost({ grids, read: records, run, executedAt: '2026-11-21T02:00:00Z', postingBy: 'pane:test' });
  if (!decision.ok) throw new Error(decision.message);
  const post = await measure(() => executePost(host, decision.post));
  report({
    kind: 'office',
    items: preview.plan.items.length,
    readSyncs: read1.syncs,
    readLargestKb: read1.largestKb,
    previewSyncs: write.syncs,
    previewLargestKb: write.largestKb,
    postSyncs: post.syncs,
    postLargestKb: post.largestKb,
    postCells: decision.post.apply.length,
  });
}

void main();
