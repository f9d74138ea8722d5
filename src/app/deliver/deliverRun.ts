import type { PaperSize } from '../../documents/documentTypes';
import type { LocalDate } from '../../engine/dates/localDate';
import type { RunDefinition } from '../../engine/model/run';
import type { CellWrite } from '../../workbook/edit/cellWrite';
import { readDeliveries } from '../../workbook/deliveries/deliveriesSheet';
import { deliveryId, isSettled, type DeliveryRecord } from '../../workbook/deliveries/deliveryRecord';
import { deliveryWrites } from '../../workbook/deliveries/deliveryWrites';
import { postedMessages } from '../../workbook/deliveries/postedMessages';
import type { MessageFacts } from '../../workbook/messages/messageFacts';
import type { Mailbox } from '../../workbook/messages/outgoingMessage';
import type { OpenedBook } from '../openBook';
import { Refusal } from '../refusal';
import type { DeliveryTools } from './deliveryTools';
import { sendEmails } from './sendEmails';
import { writeLetters } from './writeLetters';

export interface DeliverRunOptions {
  /** The post's as-of date; null: the run's latest post. */
  asOf: LocalDate | null;
  retryUnknown: boolean;
  /** Render every message and document, send and write nothing. */
  dryRun: boolean;
  /**
   * Deliver only the emails, or only the letters (the task pane's two downloads); absent: both.
   * Messages of the other channel are left as they are, neither delivered nor counted.
   */
  only?: 'emails' | 'letters';
  /** The sender of every email (Settings From Address / From Name), and Reply To. */
  from: Mailbox;
  replyTo: string | null;
  paper: PaperSize;
  timeZone: string;
  /** Records read back from a sidecar log a killed command left: folded in first. */
  earlier: readonly DeliveryRecord[];
  now: () => Date;
}

/** What a delivery did: new records, what it skipped, and the Deliveries cells to write. */
export interface DeliverRunResult {
  runId: string;
  asOf: LocalDate;
  /** Messages of the post. */
  total: number;
  /** Records of this call, in the order they were made (with `--dry-run`: what would be done, status as intended). */
  records: DeliveryRecord[];
  /** Messages already Sent or Written: left alone. */
  alreadyDelivered: number;
  /** Keys of messages left `Unknown` by an earlier, interrupted delivery and not re-sent (no `retryUnknown`). */
  stillUnknown: string[];
  /** Messages to members without an email address, left for a `--letters` run. */
  waitingForLetters: number;
  /** The Deliveries sheet's cells: the earlier log's records and this call's. */
  writes: CellWrite[];
}

/**
 * Delivers the messages of a run's post (SPEC §9): each message not yet `Sent`/`Written` (nor
 * `Unknown`, unless `retryUnknown`) is merged from its template; members with an email address
 * get it by `tools.email` — through the mail server one at a time, each outcome on disk before
 * the next message; into the outbox in batches, each batch's files on disk before they are
 * recorded (see `sendEmails`) — the others a page of the letters PDF when `tools.letters` is
 * given. A dry run renders everything and nothing leaves. With `only`, the other channel's
 * messages are left out from the start, counts included. Refused, before anything is sent: a
 * run not posted on that date (`NOT_DELIVERABLE`), an unreadable Deliveries row
 * (`DELIVERIES_UNREADABLE`), a template field that matches nothing (`DELIVERY_SETUP`).
 *
 * @example
 * const result = await deliverRun(book, run, options, tools);
 * await book.host.writeCells(result.writes);
 */
export async function deliverRun(book: OpenedBook, run: RunDefinition, options: DeliverRunOptions, tools: DeliveryTools): Promise<DeliverRunResult> {
  const posted = postedMessages(book.grids, book.read, book.context, run, options.asOf);
  if (!posted.ok) throw new Refusal('NOT_DELIVERABLE', posted.message);
  const deliveries = readDeliveries(book.grids, book.context);
  if (deliveries.inputErrors.length > 0) {
    const e = deliveries.inputErrors[0];
    throw new Refusal(
      'DELIVERIES_UNREADABLE',
      `Cannot deliver ${run.id}: Deliveries row ${e.row}, ${e.column}: ${e.message}. Correct the row first: delivery never guesses whether a message went out.`,
    );
  }
  const messages = options.only === undefined ? posted.messages : posted.messages.filter((m) => (m.email !== null) === (options.only === 'emails'));
  const problems = tools.templateProblems(new Set(messages.map((m) => m.kind)));
  if (problems.length > 0) throw new Refusal('DELIVERY_SETUP', `Cannot deliver ${run.id}: ${problems.join('; ')}.`);
  const status = new Map([...deliveries.rows].map(([id, row]) => [id, row.status]));
  for (const record of options.earlier) status.set(deliveryId(record), record.status);
  const due: MessageFacts[] = [];
  let alreadyDelivered = 0;
  const stillUnknown: string[] = [];
  for (const message of messages) {
    const known = status.get(deliveryId(message));
    if (known === undefined || !isSettled({ status: known }, options.retryUnknown)) due.push(message);
    else if (known === 'Unknown') stillUnknown.push(message.key);
    else alreadyDelivered++;
  }
  const records: DeliveryRecord[] = [];
  const byEmail = due.filter((m) => m.email !== null);
  const byLetter = due.filter((m) => m.email === null);
  await sendEmails(byEmail, options, tools, records);
  if (tools.letters !== null) await writeLetters(byLetter, options, tools, records);
  const waitingForLetters = tools.letters === null ? byLetter.length : 0;
  const writes = options.dryRun ? [] : deliveryWrites(book.grids, deliveries.rows, [...options.earlier, ...records], options.timeZone);
  return { runId: run.id, asOf: posted.entry.asOf, total: messages.length, records, alreadyDelivered, stillUnknown, waitingForLetters, writes };
}
