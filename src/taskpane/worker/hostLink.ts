import { Refusal, type RefusalCode } from '../../app/refusal';
import type { Cell } from '../../workbook/sheetGrid';
import type { WriteBlock } from '../../hosts/office/writeBlocks';
import { type BlockPiece, blockPieces } from './blockPieces';
import {
  CELLS_PER_WRITE_PIECE,
  type HostCall,
  type HostCallPart,
  type HostMethod,
  type HostPull,
  type HostReply,
  type HostReplyPart,
  PIECES_AHEAD,
} from './hostProtocol';

/** A forwarded call's answer: its value, and the rows sent ahead of it, by sheet index. */
export interface HostAnswer {
  value: unknown;
  rows: Cell[][][];
}

interface Waiting {
  resolve: (answer: HostAnswer) => void;
  reject: (error: Error) => void;
  rows: Cell[][][];
  parts: number;
  /** Pieces of the call's write not sent yet, in order. */
  unsent: BlockPiece[];
}

/**
 * The session worker's end of the forwarded host (Excel mode): `call` posts a HostCall and its
 * parts (a write's block groups in pieces: PIECES_AHEAD at once, then one per HostPull), then resolves with the pane's value and the rows it sent
 * ahead (a read's), or rejects with the pane's error: a Refusal as a Refusal, an Office error
 * with its `code` (so `ConnectionFailure` and the like keep their meaning across the thread).
 *
 * @example
 * const link = new HostLink((message) => self.postMessage(message, []));
 * const { value, rows } = await link.call('readWorkbook', []);
 */
export class HostLink {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly post: (message: HostCall | HostCallPart) => void) {}

  call(method: HostMethod, args: unknown[], groups: readonly WriteBlock[][] = []): Promise<HostAnswer> {
    const id = this.nextId++;
    const unsent = blockPieces(groups, CELLS_PER_WRITE_PIECE);
    return new Promise<HostAnswer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, rows: [], parts: 0, unsent });
      this.post({ hostCall: id, method, args, parts: unsent.length });
      for (let i = 0; i < PIECES_AHEAD; i++) this.sendPiece(id, unsent);
    });
  }

  /** Takes a message from the pane (see isHostReplyMessage). */
  receive(message: HostReply | HostReplyPart | HostPull): void {
    const waiting = this.waiting.get(message.hostReply);
    if (!waiting) return;
    if ('pull' in message) {
      this.sendPiece(message.hostReply, waiting.unsent);
      return;
    }
    if ('rows' in message) {
      const sheet = (waiting.rows[message.sheet] ??= []);
      for (const row of message.rows) sheet.push(row);
      waiting.parts++;
      return;
    }
    this.waiting.delete(message.hostReply);
    if (!message.ok) waiting.reject(paneError(message.message, message.code, message.refusal));
    else if (message.parts !== waiting.parts) waiting.reject(new Error(`The pane sent ${waiting.parts} of ${message.parts} parts of the workbook`));
    else waiting.resolve({ value: message.value, rows: waiting.rows });
  }

  private sendPiece(id: number, unsent: BlockPiece[]): void {
    const next = unsent.shift();
    if (next) this.post({ hostCall: id, ...next });
  }
}

function paneError(message: string, code: string | null, refusal: RefusalCode | null): Error {
  if (refusal) return new Refusal(refusal, message);
  const error = new Error(message) as Error & { code?: string };
  if (code !== null) error.code = code;
  return error;
}
