/**
 * Excel mode with the session in the session worker, on the in-repo Excel model: the worker end
 * and the pane end joined by a real MessageChannel (structured clone, as between threads). A
 * preview and a post through the forwarded host leave the same workbook as the session on the
 * page, in the same number of syncs; reads and writes cross in slices.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { Refusal } from '../../app/refusal';
import { createWorkbookExporter, type WorkbookExporter } from '../../hosts/office/createWorkbookExporter';
import type { OfficeLimits } from '../../hosts/office/excelRun';
import { OfficeWorkbookHost } from '../../hosts/office/officeWorkbookHost';
import type { ExcelModel } from '../../../test/excelModel/excelModel';
import { runOf, sampleModel } from '../../../test/office/seedModel';
import { HostRunsSession } from '../session/hostRunsSession';
import type { RunsSession } from '../session/runsSession';
import { attachSessionWorker, type WorkerScope } from './attachSessionWorker';
import { excelInWorker } from './excelInWorker';
import type { BlockPiece } from './blockPieces';
import { CELLS_PER_WRITE_PIECE, isHostCallMessage, isHostReplyMessage } from './hostProtocol';
import type { MessageEndpoint } from './workerChannel';

const NOW = new Date('2026-11-21T16:02:00Z');
const SESSION = 'pane:test';
/** Small requests (24 KB), so 300 memberships already take several syncs and slices. */
const LIMITS: OfficeLimits = { payloadBytes: 24 * 1024, cellsPerOperation: 4_000_000 };
const CELLS_PER_PART = 1_000;

const ports: MessagePort[] = [];
afterEach(() => ports.splice(0).forEach((p) => p.close()));

/** Every sheet's values, number formats, tables and frozen rows. */
function snapshot(model: ExcelModel) {
  return model.sheetNames().map((name) => {
    const values = model.values(name);
    const formats = values.map((row, r) => row.map((_, c) => model.cell(name, r, c).numberFormat));
    return { name, values, formats, tables: model.tables(name), frozen: model.frozenRows(name) };
  });
}

/** The session on the page's thread, as without a worker. */
function onPage(model: ExcelModel, workbookExporter: WorkbookExporter | null = null): RunsSession {
  return new HostRunsSession(new OfficeWorkbookHost(runOf(model), LIMITS), () => NOW, { session: SESSION, workbookExporter });
}

/** Excel.createWorkbook on the model. */
function exporterOf(model: ExcelModel): WorkbookExporter | null {
  return createWorkbookExporter({ excel: { createWorkbook: (base64) => model.createWorkbook(base64) }, requirements: model.requirements });
}

/** The session in a "worker" at the other end of a MessageChannel; every message and yielded task recorded. */
async function inWorker(model: ExcelModel, exporter: WorkbookExporter | null = null) {
  const { port1: page, port2: worker } = new MessageChannel();
  ports.push(page, worker);
  const sent: unknown[] = [];
  const scope: WorkerScope = {
    addEventListener: (_type, listener) => worker.on('message', (data) => listener({ data })),
    postMessage: (message, transfer) => {
      sent.push(message);
      worker.postMessage(message, transfer as never);
    },
  };
  attachSessionWorker(scope, () => NOW);
  const replied: unknown[] = [];
  const endpoint: MessageEndpoint = {
    addEventListener: (type: string, listener: (event: never) => void) => {
      if (type === 'message') page.on('message', (data) => listener({ data } as never));
    },
    postMessage: (message) => {
      replied.push(message);
      page.postMessage(message);
    },
  };
  let tasks = 0;
  const host = new OfficeWorkbookHost(runOf(model), LIMITS);
  const pane = { cellsPerPart: CELLS_PER_PART, yieldTask: () => new Promise<void>((r) => setImmediate(() => (tasks++, r()))) };
  const opened = await excelInWorker(endpoint, host, { exporter, session: SESSION, limits: LIMITS, pane });
  return { ...opened, sent, replied, tasks: () => tasks };
}

describe('Excel mode with the session in the worker', () => {
  jest.setTimeout(60_000);

  it('previews and posts to the same workbook as the session on the page, in as many syncs', async () => {
    const pageModel = sampleModel(300);
    const workerModel = sampleModel(300);
    const page = onPage(pageModel);
    const { runs, notices } = await inWorker(workerModel);
    expect(notices).toEqual([]);

    pageModel.resetStats();
    const pagePreview = await page.preview('NIGHTLY', '2026-11-21');
    const pagePreviewSyncs = pageModel.stats.syncs;
    workerModel.resetStats();
    const workerPreview = await runs.preview('NIGHTLY', '2026-11-21');
    expect(workerModel.stats.syncs).toBe(pagePreviewSyncs);
    expect(workerPreview).toEqual(pagePreview);
    expect(snapshot(workerModel)).toEqual(snapshot(pageModel));

    const pagePost = await page.post('NIGHTLY');
    const workerPost = await runs.post('NIGHTLY');
    expect(workerPost).toEqual(pagePost);
    expect(snapshot(workerModel)).toEqual(snapshot(pageModel));
    expect(workerModel.sheetNames()).toContain('Journal');
  });

  it('writes dates in a 1904 workbook as the session on the page does (the date system comes with the read)', async () => {
    const pageModel = sampleModel(60, { date1904: true });
    const workerModel = sampleModel(60, { date1904: true });
    await onPage(pageModel).preview('NIGHTLY', '2026-11-21');
    const { runs } = await inWorker(workerModel);
    await runs.preview('NIGHTLY', '2026-11-21');
    expect(snapshot(workerModel)).toEqual(snapshot(pageModel));
  });

  it('reads in slices of at most CELLS_PER_PART cells, each in a task of its own', async () => {
    const { runs, replied, tasks } = await inWorker(sampleModel(300));
    replied.length = 0;
    const before = tasks();
    await runs.listRuns();
    const parts = replied.filter((m) => isHostReplyMessage(m) && 'rows' in m) as { rows: unknown[][] }[];
    expect(parts.length).toBeGreaterThan(3);
    for (const { rows } of parts) expect(rows.length * rows[0].length).toBeLessThanOrEqual(CELLS_PER_PART);
    expect(tasks() - before).toBe(parts.length);
  });

  it('sends a preview sheet as pieces of block groups made in the worker, each group within a request, a few pieces ahead', async () => {
    const model = sampleModel(300);
    const { runs, sent, replied } = await inWorker(model);
    sent.length = 0;
    await runs.preview('NIGHTLY', '2026-11-21');
    const replace = sent.find((m) => isHostCallMessage(m) && 'method' in m && m.method === 'replaceSheet') as { hostCall: number; parts: number };
    const pieces = sent.filter((m) => isHostCallMessage(m) && 'piece' in m && m.hostCall === replace.hostCall) as BlockPiece[];
    expect(pieces.length).toBe(replace.parts);
    expect(pieces.filter((p) => p.endsGroup).length).toBeGreaterThan(1);
    for (const { piece } of pieces) expect(piece.values.length * piece.values[0].length).toBeLessThanOrEqual(CELLS_PER_WRITE_PIECE);
    let groupBytes = 0;
    for (const { piece, endsGroup } of pieces) {
      groupBytes += piece.bytes;
      if (!endsGroup) continue;
      expect(groupBytes).toBeLessThanOrEqual(LIMITS.payloadBytes);
      groupBytes = 0;
    }
    // The pane asked for every piece but the first PIECES_AHEAD.
    const pulls = replied.filter((m) => isHostReplyMessage(m) && 'pull' in m && m.hostReply === replace.hostCall);
    expect(pulls.length).toBe(pieces.length);
  });

  it("exports the posted batches as new workbooks through the pane's exporter, as on the page; refusals keep their code", async () => {
    const pageModel = sampleModel(120);
    const workerModel = sampleModel(120);
    const page = onPage(pageModel, exporterOf(pageModel));
    const { runs } = await inWorker(workerModel, exporterOf(workerModel));
    for (const session of [page, runs]) {
      await session.preview('NIGHTLY', '2026-11-21');
      await session.post('NIGHTLY');
    }
    expect(await runs.exportWorkbook?.('NIGHTLY', 'oneWorkbook')).toEqual(await page.exportWorkbook?.('NIGHTLY', 'oneWorkbook'));
    expect(workerModel.createdWorkbooks.map((w) => w.bytes?.length)).toEqual(pageModel.createdWorkbooks.map((w) => w.bytes?.length));
    expect(workerModel.createdWorkbooks).toHaveLength(1);
    await expect(runs.exportWorkbook?.('ACTIVATE', 'eachBatch')).rejects.toEqual(new Refusal('NOT_POSTED', 'ACTIVATE has no posted batches to export.'));
  });

  it('offers no exportWorkbook where Excel cannot open a new workbook', async () => {
    const { runs } = await inWorker(sampleModel(60));
    expect(runs.exportWorkbook).toBeUndefined();
  });

  it("passes an Office error's code back to the worker's session", async () => {
    const model = sampleModel(60);
    const { runs } = await inWorker(model);
    model.failAtSync(1);
    await expect(runs.listRuns()).rejects.toThrow(/ConnectionFailure|connection/i);
  });
});
