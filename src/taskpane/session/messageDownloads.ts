import { zipSync } from 'fflate';
import { deliverRun, type DeliverRunOptions, type DeliverRunResult } from '../../app/deliver/deliverRun';
import type { DeliveryTools, EmailChannel } from '../../app/deliver/deliveryTools';
import { messageTools } from '../../app/deliver/messageTools';
import type { OpenedBook } from '../../app/openBook';
import { Refusal } from '../../app/refusal';
import type { DocumentRenderer } from '../../documents/documentRenderer';
import { formatIsoDate } from '../../engine/dates/isoDate';
import type { RunDefinition } from '../../engine/model/run';
import { readDeliveries } from '../../workbook/deliveries/deliveriesSheet';
import { deliveryId, isSettled } from '../../workbook/deliveries/deliveryRecord';
import { postedMessages } from '../../workbook/deliveries/postedMessages';
import type { MessageFacts } from '../../workbook/messages/messageFacts';
import { messageContext } from '../../workbook/messages/messageContext';
import type { DeliveryCounts, MessagesDownload } from './runsSession';

/**
 * Download emails (SPEC §9 "Task pane"): the run's latest post delivered like
 * `deliver --outbox`, the `.eml` files (named by `outboxFileName`) collected into one .zip
 * instead of a folder. Every message put in the zip is recorded `Written` (channel `outbox`) on
 * the Deliveries sheet in one write right after — the pane keeps no sidecar log (`log` does
 * nothing): the zip exists only in memory until that write, so a pane closed in between
 * leaves nothing recorded and the next download simply holds those messages again. Messages
 * already Sent/Written are left out; `bytes` is null when nothing is left.
 *
 * @example
 * const download = await downloadEmails(book, run, documents, () => new Date());
 * download.fileName // → 'NIGHTLY-2026-11-21-emails.zip'
 */
export async function downloadEmails(book: OpenedBook, run: RunDefinition, documents: DocumentRenderer, now: () => Date): Promise<MessagesDownload> {
  const files: Record<string, Uint8Array> = {};
  const email: EmailChannel = {
    channel: 'outbox',
    deliver: async ({ fileName, bytes }) => {
      files[fileName] = bytes;
      return { status: 'sent', detail: 'written to the downloaded .zip' };
    },
    close: async () => undefined,
  };
  const tools = toolsOf(book, run, documents, email, null);
  const result = await deliverRun(book, run, { ...optionsOf(book, run, now), only: 'emails' }, tools);
  await book.host.writeCells(result.writes);
  const written = result.records.filter((r) => r.status === 'Written');
  return {
    fileName: `${run.id}-${formatIsoDate(result.asOf)}-emails.zip`,
    bytes: written.length === 0 ? null : zipSync(files),
    count: written.length,
    alreadyDelivered: settledBefore(result),
    failed: result.records.filter((r) => r.status !== 'Written').map((r) => `${r.key}: ${r.detail}`),
  };
}

/**
 * Download letters (SPEC §9 "Task pane"): the messages of the run's latest post to members
 * without an email address, as one PDF to print (like `deliver --letters`), each recorded
 * `Written` (channel `letter`) on the Deliveries sheet in one write right after. Emails are not
 * this download's business (deliverRun `only: 'letters'`). `bytes` is null when no letter is
 * left.
 *
 * @example
 * const download = await downloadLetters(book, run, documents, () => new Date());
 * download.fileName // → 'NIGHTLY-2026-11-21-letters.pdf'
 */
export async function downloadLetters(book: OpenedBook, run: RunDefinition, documents: DocumentRenderer, now: () => Date): Promise<MessagesDownload> {
  let pdf: Uint8Array | null = null;
  const notEmailed: EmailChannel = {
    channel: 'outbox',
    deliver: async () => ({ status: 'failed', detail: 'not part of the letters download' }),
    close: async () => undefined,
  };
  const tools = toolsOf(book, run, documents, notEmailed, { write: async (bytes) => void (pdf = bytes) });
  const result = await deliverRun(book, run, { ...optionsOf(book, run, now), only: 'letters' }, tools);
  const letters = result.records.filter((r) => r.channel === 'letter');
  await book.host.writeCells(result.writes);
  return {
    fileName: `${run.id}-${formatIsoDate(result.asOf)}-letters.pdf`,
    bytes: letters.length === 0 ? null : pdf,
    count: letters.length,
    alreadyDelivered: settledBefore(result),
    failed: [],
  };
}

/**
 * How many messages of the run's latest post go by email and by letter, and how many of each
 * are settled already (Sent/Written, or Unknown); null when the run has no post to deliver.
 *
 * @example
 * deliveryCounts(book, run) // → { asOf: '2026-11-21', emails: { total: 40, delivered: 0 }, letters: { total: 2, delivered: 0 } }
 */
export function deliveryCounts(book: OpenedBook, run: RunDefinition): DeliveryCounts | null {
  const posted = postedMessages(book.grids, book.read, book.context, run, null);
  if (!posted.ok) return null;
  const settled = settledIds(book);
  const count = (messages: MessageFacts[]) => ({ total: messages.length, delivered: messages.filter((m) => settled.has(deliveryId(m))).length });
  return {
    asOf: formatIsoDate(posted.entry.asOf),
    emails: count(posted.messages.filter((m) => m.email !== null)),
    letters: count(posted.messages.filter((m) => m.email === null)),
  };
}

function toolsOf(book: OpenedBook, run: RunDefinition, documents: DocumentRenderer, email: EmailChannel, letters: DeliveryTools['letters']): DeliveryTools {
  // The pane writes the Deliveries rows in one go right after deliverRun: no sidecar log.
  return { ...messageTools(messageContext(book.grids, book.read, run), documents), email, letters, log: () => undefined };
}

/** The delivery's settings, as `deliver` reads them; no From Address is a refusal (DELIVERY_SETUP). */
function optionsOf(book: OpenedBook, run: RunDefinition, now: () => Date): DeliverRunOptions {
  const settings = book.read.records.settings;
  if (settings.fromAddress === null) throw new Refusal('DELIVERY_SETUP', `Cannot deliver ${run.id}: the Settings sheet has no From Address.`);
  const from = { address: settings.fromAddress, ...(settings.fromName === null ? {} : { name: settings.fromName }) };
  return {
    asOf: null,
    retryUnknown: false,
    dryRun: false,
    from,
    replyTo: settings.replyTo,
    paper: settings.paperSize,
    timeZone: settings.timeZone,
    earlier: [],
    now,
  };
}

function settledIds(book: OpenedBook): Set<string> {
  const rows = readDeliveries(book.grids, book.context).rows;
  return new Set([...rows].filter(([, row]) => isSettled(row, false)).map(([id]) => id));
}

/** How many of the download's messages it left alone: settled before it (Sent/Written, or Unknown). */
function settledBefore(result: DeliverRunResult): number {
  return result.alreadyDelivered + result.stillUnknown.length;
}
