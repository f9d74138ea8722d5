import { Refusal } from '../../app/refusal';
import type { WorkbookExporter } from '../../hosts/office/createWorkbookExporter';
import type { OfficeWorkbookHost } from '../../hosts/office/officeWorkbookHost';
import { GroupAssembler } from './blockPieces';
import { CELLS_PER_READ_PART, type GridsOutline, type HostCall, type HostReply, type HostReplyPart, isHostCallMessage, type SheetShape } from './hostProtocol';
import { nextTask } from './nextTask';
import type { MessageEndpoint } from './workerChannel';

/** The pane's Office host and exporter, as the worker's forwarded host reaches them. */
export interface PaneHost {
  host: OfficeWorkbookHost;
  exporter?: WorkbookExporter | null;
  /** Waits for the next task between slices (default {@link nextTask}); tests may count them. */
  yieldTask?: () => Promise<void>;
  /** Cells per slice of a read (default CELLS_PER_READ_PART). */
  cellsPerPart?: number;
}

/**
 * The pane's end of the forwarded host (Excel mode): performs the session worker's HostCalls on
 * the real Office host, on the pane's thread where Office.js runs. A read goes back in slices of
 * about CELLS_PER_READ_PART cells, each posted in a task of its own; a write's block groups are
 * put together from their pieces (asking for the next as each comes) and applied one sync each (writePlannedBlocks, replaceSheetWithBlocks). Nothing here
 * plans: the pane's tasks stay short however big the workbook.
 *
 * @example
 * servePaneHost(worker, { host: createOfficeHost(), exporter });
 */
export function servePaneHost(endpoint: MessageEndpoint, pane: PaneHost): void {
  const writes = new Map<number, GroupAssembler>();
  const reply = (message: HostReply | HostReplyPart) => endpoint.postMessage(message, []);
  const perform = async (call: HostCall, queue: GroupAssembler): Promise<{ value: unknown; parts: number }> => {
    const { host } = pane;
    const [first, second, third] = call.args;
    switch (call.method) {
      case 'readWorkbook':
        return sendGrids(host, call.hostCall, reply, pane);
      case 'dateSystem':
        return { value: await host.readDateSystem(), parts: 0 };
      case 'writeBlocks':
        await host.writePlannedBlocks(first as string[], queue.groups());
        return DONE;
      case 'replaceSheet':
        await host.replaceSheetWithBlocks(first as SheetShape, queue.groups());
        return DONE;
      case 'deleteSheet':
        await host.deleteSheet(first as string);
        return DONE;
      case 'selectRow':
        await host.selectRow(first as string, second as number, third as number);
        return DONE;
      case 'openAsNewWorkbook':
        if (!pane.exporter) throw new Error('This Excel cannot open a new workbook (ExcelApi 1.8)');
        await pane.exporter.openAsNewWorkbook(first as Uint8Array);
        return DONE;
    }
  };
  endpoint.addEventListener('message', (event: MessageEvent) => {
    const message: unknown = event.data;
    if (!isHostCallMessage(message)) return;
    if ('piece' in message) {
      writes.get(message.hostCall)?.add(message);
      endpoint.postMessage({ hostReply: message.hostCall, pull: true }, []);
      return;
    }
    const queue = new GroupAssembler(message.parts);
    writes.set(message.hostCall, queue);
    void perform(message, queue)
      .then(
        ({ value, parts }) => reply({ hostReply: message.hostCall, ok: true, value, parts }),
        (error: unknown) => reply(failure(message.hostCall, error)),
      )
      .finally(() => writes.delete(message.hostCall));
  });
}

const DONE = { value: null, parts: 0 };

/**
 * Reads the workbook and posts its rows in slices as each sync brings them, one slice per task,
 * so the pane never holds the whole workbook; returns the outline that goes last.
 */
async function sendGrids(
  host: OfficeWorkbookHost,
  id: number,
  reply: (message: HostReplyPart) => void,
  { yieldTask = nextTask, cellsPerPart = CELLS_PER_READ_PART }: PaneHost,
): Promise<{ value: GridsOutline; parts: number }> {
  let parts = 0;
  const grids = await host.readWorkbookInParts(async (sheet, rows) => {
    const width = Math.max(1, rows[0]?.length ?? 1);
    const rowsPerPart = Math.max(1, Math.floor(cellsPerPart / width));
    for (let start = 0; start < rows.length; start += rowsPerPart) {
      await yieldTask();
      reply({ hostReply: id, sheet, rows: rows.slice(start, start + rowsPerPart) });
      parts++;
    }
  });
  const sheets = grids.sheets.map(({ name, firstRow, firstColumn }) => ({ name, firstRow, firstColumn }));
  return { value: { date1904: grids.date1904, sheets }, parts };
}

function failure(id: number, error: unknown): HostReply {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return { hostReply: id, ok: false, message, code: typeof code === 'string' ? code : null, refusal: error instanceof Refusal ? error.code : null };
}
