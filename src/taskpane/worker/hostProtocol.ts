/**
 * The messages of a workbook host forwarded from the session worker to the pane (Excel mode).
 * Office.js runs only on the pane's thread, so the worker's session asks the pane to read and
 * write; everything else (parsing, planning, fingerprints, layout, turning writes into blocks)
 * stays in the worker. Big values travel in slices, each a message of its own, so neither side's
 * thread spends one long task cloning 100,000 rows: the pane sends a read's rows in
 * {@link HostReplyPart}s ahead of its {@link HostReply}; the worker sends a write's block groups
 * (one sync each) cut into pieces of rows, {@link HostCallPart}s after its {@link HostCall}, a
 * few ahead and then one for each the pane has taken ({@link HostPull}), so no burst of them
 * lands in one of the pane's tasks.
 */
import type { RefusalCode } from '../../app/refusal';
import { EXCEL_WEB_LIMITS, type OfficeLimits } from '../../hosts/office/excelRun';
import type { WriteBlock } from '../../hosts/office/writeBlocks';
import type { SheetWrite } from '../../workbook/outputGrid';
import type { Cell } from '../../workbook/sheetGrid';

/** What the pane's Office host does for the worker. */
export type HostMethod = 'readWorkbook' | 'dateSystem' | 'writeBlocks' | 'replaceSheet' | 'deleteSheet' | 'selectRow' | 'openAsNewWorkbook';

/** Worker → pane: perform `method`; `parts` HostCallParts (pieces of block groups) follow it. */
export interface HostCall {
  hostCall: number;
  method: HostMethod;
  args: unknown[];
  parts: number;
}

/**
 * Worker → pane: rows of a block of a write. `continues`: more rows of the block before it;
 * `endsGroup`: the last piece of a group, which the pane then writes in one sync.
 */
export interface HostCallPart {
  hostCall: number;
  piece: WriteBlock;
  continues: boolean;
  endsGroup: boolean;
}

/** Pane → worker: the pane has taken a piece of call `hostReply`; send the next. */
export interface HostPull {
  hostReply: number;
  pull: true;
}

/** Pane → worker: rows of a read, ahead of its reply. */
export interface HostReplyPart {
  hostReply: number;
  sheet: number;
  rows: Cell[][];
}

/** Pane → worker: a call's outcome; a read's value comes with `parts` HostReplyParts before it. */
export type HostReply =
  | { hostReply: number; ok: true; value: unknown; parts: number }
  | { hostReply: number; ok: false; message: string; code: string | null; refusal: RefusalCode | null };

/** A read's value without its rows: the sheets' names and places, and the date system. */
export interface GridsOutline {
  date1904: boolean;
  sheets: { name: string; firstRow: number; firstColumn: number }[];
}

/** The table, freeze and widths of a replaced sheet: all of a SheetWrite but its rows (those come as blocks). */
export type SheetShape = Omit<SheetWrite, 'rows'>;

/** Cells per HostReplyPart: a few milliseconds of cloning on either side. */
export const CELLS_PER_READ_PART = 10_000;

/**
 * The pane's Office host's request limits when the session is in the worker: 512 KB a sync, not
 * 4.5 MB. Office.js turns each request into JSON and parses each response on the pane's thread,
 * and the host converts every cell it reads there, so a sync's size is a task's length on the
 * pane: a 4 MB read held the pane over 100 ms on the model, 1 MB syncs still left tasks of
 * 50–80 ms while writing, 512 KB keeps the longest under 30 ms (`BENCH_ONLY=paneworker`). The
 * price is about five times as many syncs for a big read or write (a 100,000-membership
 * preview: 101 instead of 19).
 */
export const PANE_LIMITS: OfficeLimits = { ...EXCEL_WEB_LIMITS, payloadBytes: 512 * 1024 };

/** Cells per HostCallPart (values and formats alike): under 20 ms of cloning on the pane, even on a busy machine. */
export const CELLS_PER_WRITE_PIECE = 10_000;

/** HostCallParts the worker sends before the pane has taken any. */
export const PIECES_AHEAD = 2;

/** Whether a message from the worker is a forwarded host's call or part (not a session reply). */
export function isHostCallMessage(message: unknown): message is HostCall | HostCallPart {
  return typeof message === 'object' && message !== null && 'hostCall' in message;
}

/** Whether a message from the pane is a forwarded host's reply or part (not a session request). */
export function isHostReplyMessage(message: unknown): message is HostReply | HostReplyPart | HostPull {
  return typeof message === 'object' && message !== null && 'hostReply' in message;
}
