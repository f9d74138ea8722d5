import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { isoDate } from '../../engine/dates/isoDate';
import { PackageWorkbookHost } from '../../hosts/file/packageWorkbookHost';
import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import { HostRunsSession } from '../session/hostRunsSession';
import { Refusal } from '../../app/refusal';
import { createWorkbookServer } from './workbookServer';
import { type MessageEndpoint, WorkerChannel } from './workerChannel';
import type { WorkerRequest } from './workerProtocol';
import { workerRunsSession } from './workerSessions';
import { workerBooks } from './workerBooks';

const NOW = () => new Date('2026-11-21T12:00:00Z');
const ASOF = isoDate('2026-11-21');

/** A session worker on the far side of a real MessageChannel (structured clone, transfer). */
function connectedWorker(): { endpoint: MessageEndpoint; close: () => void } {
  const { port1, port2 } = new MessageChannel();
  const serve = createWorkbookServer(NOW);
  port1.on(
    'message',
    (request: WorkerRequest) => void serve(request).then((messages) => messages.forEach(({ message, transfer }) => port1.postMessage(message, transfer))),
  );
  const endpoint: MessageEndpoint = {
    postMessage: (message, transfer) => port2.postMessage(message, transfer as unknown as ArrayBuffer[]),
    addEventListener: (type: string, listener: (event: never) => void) => {
      (port2 as MessagePort & EventTarget).addEventListener(type, listener as unknown as EventListener);
      port2.start();
    },
  };
  return { endpoint, close: () => port1.close() };
}

function smallBookBytes(): Uint8Array {
  const host = XlsxWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf: ASOF, memberships: 60, seed: 5, withInputErrors: false })) host.replaceSheetSync(sheet);
  return host.toBytes().slice();
}

const opened: (() => void)[] = [];
afterEach(() => opened.splice(0).forEach((close) => close()));

function booksInWorker() {
  const worker = connectedWorker();
  opened.push(worker.close);
  return workerBooks(() => worker.endpoint);
}

describe('workerBooks', () => {
  it('plans in the worker exactly what the page would plan on the same workbook', async () => {
    const bytes = smallBookBytes();
    const inPage = new HostRunsSession(PackageWorkbookHost.fromBytes(bytes), NOW);
    const book = await booksInWorker().openFile(new File([bytes.slice()], 'members.xlsx'));
    expect(book.fileName).toBe('members.xlsx');
    expect(await book.runs.listRuns()).toEqual(await inPage.listRuns());
    const preview = await book.runs.preview('NIGHTLY');
    expect(preview.items.length).toBeGreaterThan(0);
    expect(preview).toEqual(await inPage.preview('NIGHTLY'));
  });

  it('serves calls in the order they were sent when the page does not wait between them', async () => {
    const book = await booksInWorker().openDemo(ASOF);
    const preview = await book.runs.preview('NIGHTLY');
    const key = preview.items.find((i) => i.excludable)!.key;
    const [excluded, current] = await Promise.all([book.runs.setIncluded('NIGHTLY', key, false), book.runs.currentPreview('NIGHTLY')]);
    expect(current).toEqual(excluded);
    expect(current?.items.find((i) => i.key === key)?.status).toBe('excluded');
  });

  it('rejects with a Refusal in words when the session refuses', async () => {
    const book = await booksInWorker().openDemo(ASOF);
    const refused = book.runs.post('NIGHTLY');
    await expect(refused).rejects.toThrow(Refusal);
    await expect(refused).rejects.toThrow(/preview/i);
  });

  it("carries the refusal's code across, with its words, when the session refuses", async () => {
    const book = await booksInWorker().openDemo(ASOF);
    await expect(book.runs.post('NIGHTLY')).rejects.toMatchObject({ code: 'POST_REFUSED', message: expect.stringMatching(/preview/i) });
    await expect(book.runs.preview('NOPE')).rejects.toMatchObject({ code: 'UNKNOWN_RUN', message: "This workbook has no run 'NOPE'." });
  });

  it('saves what was posted when the workbook is saved after a post', async () => {
    const book = await booksInWorker().openDemo(ASOF);
    await book.runs.preview('NIGHTLY');
    await book.runs.post('NIGHTLY');
    const saved = XlsxWorkbookHost.fromBytes(await book.toBytes());
    const reopened = new HostRunsSession(saved, NOW);
    expect((await reopened.history()).map((h) => [h.runId, h.status])).toEqual([['NIGHTLY', 'Posted']]);
  });

  it('moves the file bytes to the worker instead of copying them when a file is opened', async () => {
    const buffer = smallBookBytes().buffer as ArrayBuffer;
    const file = { name: 'm.xlsx', arrayBuffer: async () => buffer } as unknown as File;
    const book = await booksInWorker().openFile(file);
    expect(buffer.byteLength).toBe(0);
    expect((await book.runs.listRuns()).length).toBeGreaterThan(0);
  });

  it("rejects with the reader's refusal in words (SPEC §8: a corrupt file) when the bytes are not a workbook", async () => {
    const failed = booksInWorker().openFile(new File([new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9, 9])], 'broken.xlsx'));
    await expect(failed).rejects.toBeInstanceOf(Refusal);
    await expect(failed).rejects.toMatchObject({ code: 'CORRUPT_WORKBOOK', message: expect.stringMatching(/^The workbook file is corrupt/) });
  });
});

describe('workerRunsSession', () => {
  it('rejects every call when no workbook is open in the worker', async () => {
    const worker = connectedWorker();
    opened.push(worker.close);
    await expect(workerRunsSession(new WorkerChannel(worker.endpoint)).listRuns()).rejects.toThrow(/No workbook is open/);
  });
});

describe('createWorkbookServer', () => {
  it.each([
    ['runs', 'toString'],
    ['runs', 'exportWorkbook'],
    ['reconcile', 'constructor'],
    ['book', 'listRuns'],
  ] as const)('refuses %s.%s when the worker does not offer it', async (target, method) => {
    const worker = connectedWorker();
    opened.push(worker.close);
    const channel = new WorkerChannel(worker.endpoint);
    await channel.call('book', 'demo', [ASOF]);
    await expect(channel.call(target, method, [])).rejects.toThrow(`The session worker has no ${target}.${method}`);
  });
});

describe('WorkerChannel', () => {
  it('rejects the calls still waiting when the worker fails', async () => {
    const listeners: Record<string, (event: unknown) => void> = {};
    const endpoint = {
      postMessage: () => undefined,
      addEventListener: (type: string, l: (event: unknown) => void) => (listeners[type] = l),
    } as unknown as MessageEndpoint;
    const channel = new WorkerChannel(endpoint);
    const waiting = channel.call('runs', 'listRuns', []);
    listeners.error({ message: 'out of memory' });
    await expect(waiting).rejects.toThrow("The workbook's background worker stopped: out of memory");
  });
});
