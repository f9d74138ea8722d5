import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { EXCEL_WEB_LIMITS, type OfficeLimits } from '../../hosts/office/excelRun';
import { OfficeWorkbookHost } from '../../hosts/office/officeWorkbookHost';
import type { ExcelModel } from '../../../test/excelModel/excelModel';
import { runOf, sampleModel } from '../../../test/office/seedModel';
import { attachSessionWorker } from '../worker/attachSessionWorker';
import { PANE_LIMITS } from '../worker/hostProtocol';
import type { MessageEndpoint } from '../worker/workerChannel';
import { openExcelSession } from './openExcelSession';

const NOW = new Date('2026-11-21T16:02:00Z');
const ports: MessagePort[] = [];
afterEach(() => ports.splice(0).forEach((p) => p.close()));

/** A session worker on this thread, at the other end of a MessageChannel. */
function inProcessWorker(): MessageEndpoint {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  attachSessionWorker({ addEventListener: (_t, l) => port2.on('message', (data) => l({ data })), postMessage: (m) => port2.postMessage(m) }, () => NOW);
  return {
    addEventListener: (type: string, listener: (event: never) => void) => {
      if (type === 'message') port1.on('message', (data) => listener({ data } as never));
    },
    postMessage: (message) => port1.postMessage(message),
  } as MessageEndpoint;
}

/** A worker whose script could not load: it reports an error at once. */
function brokenWorker(): MessageEndpoint {
  return {
    addEventListener: (type: string, listener: (event: never) => void) => {
      if (type === 'error') setTimeout(() => listener({ message: 'blocked by the CSP' } as never), 0);
    },
    postMessage: () => undefined,
  } as MessageEndpoint;
}

function options(model: ExcelModel, startWorker: (() => MessageEndpoint) | null) {
  const limits: OfficeLimits[] = [];
  const createHost = (l: OfficeLimits) => (limits.push(l), new OfficeWorkbookHost(runOf(model), l));
  return { limits, options: { createHost, exporter: null, startWorker, session: 'pane:test', now: () => NOW } };
}

describe('openExcelSession', () => {
  jest.setTimeout(30_000);

  it('runs the session in the worker, with the pane host syncing PANE_LIMITS at a time', async () => {
    const model = sampleModel(60);
    const { limits, options: o } = options(model, inProcessWorker);
    const opened = await openExcelSession(o);
    expect(opened.where).toBe('worker');
    expect(limits).toEqual([PANE_LIMITS]);
    expect((await opened.runs.listRuns()).map((r) => r.id)).toContain('NIGHTLY');
  });

  it('runs the session on the page where there are no workers', async () => {
    const { limits, options: o } = options(sampleModel(60), null);
    const opened = await openExcelSession(o);
    expect(opened.where).toBe('page');
    expect(limits).toEqual([EXCEL_WEB_LIMITS]);
    expect((await opened.runs.listRuns()).map((r) => r.id)).toContain('NIGHTLY');
  });

  it('runs the session on the page when the worker cannot start', async () => {
    const { options: o } = options(sampleModel(60), brokenWorker);
    expect((await openExcelSession(o)).where).toBe('page');
  });

  it("passes on the workbook's own failure, without trying again on the page", async () => {
    const model = sampleModel(60);
    const { limits, options: o } = options(model, inProcessWorker);
    model.failAtSync(1);
    await expect(openExcelSession(o)).rejects.toThrow();
    expect(limits).toEqual([PANE_LIMITS]);
  });
});
