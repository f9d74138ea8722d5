import type { DeliveryLogEntry } from '../../workbook/deliveries/deliveryLogEntry';
import type { DeliveryRecord } from '../../workbook/deliveries/deliveryRecord';
import type { MessageFacts } from '../../workbook/messages/messageFacts';
import { isPlainAddress } from '../../workbook/messages/mime/mailbox';
import { messageIdFor } from '../../workbook/messages/mime/messageIdFor';
import { outboxFileName } from '../../workbook/messages/mime/outboxFileName';
import type { MessageAttachment } from '../../workbook/messages/outgoingMessage';
import type { SendOutcome } from '../../hosts/mail/mailSender';
import type { DeliverRunOptions } from './deliverRun';
import { isoAsOf, messageDomain } from './messageDomain';
import type { DeliveryTools } from './deliveryTools';
import { messageRecord } from './messageRecord';

/** Outbox files written at once while the next messages render (on libuv's pool). */
const IN_FLIGHT = 16;
/** Outbox files flushed to disk and recorded together: what a killed command writes again. */
const BATCH = 1000;

/**
 * Emails the messages in order (SPEC §9 "Never twice"). A member address that is not a plain
 * address is `Failed` without trying. A dry run records what it would do, and sends and logs
 * nothing. Durability depends on the channel:
 * - SMTP (no `flush`): one message at a time — a `sending` entry goes on disk, then the message
 *   to the server, then a `done` entry with its outcome — so a command killed while a message is
 *   with the server leaves exactly that one `Unknown`, and every accepted message is on disk
 *   before the next is sent.
 * - Outbox (`flush`): writing a file again under its name is never a second message, so no
 *   `sending` entries are kept; files are written several at a time while the next messages
 *   render, and every {@link BATCH} messages (and at the end) the channel flushes them to disk,
 *   then their `done` entries go on disk with one flush. A message is recorded `Written` only once
 *   its file is on disk; a command killed mid-batch leaves that batch unrecorded and the next
 *   `deliver` writes it again, over the same names.
 *
 * @example
 * await sendEmails(messages, options, tools, records); // records gets one record per message
 */
export async function sendEmails(
  messages: readonly MessageFacts[],
  options: DeliverRunOptions,
  tools: DeliveryTools,
  records: DeliveryRecord[],
): Promise<void> {
  const email = tools.email;
  const channel = email.channel;
  const domain = messageDomain(options.from);
  const done = channel === 'outbox' ? 'Written' : 'Sent';
  const batched = email.flush !== undefined && !options.dryRun;
  /** This batch's messages in order: a record made already, or a file being written. */
  let batch: (DeliveryRecord | { fileName: string; outcome: Promise<SendOutcome>; record: Recorder })[] = [];
  let inFlight: Promise<unknown>[] = [];
  const settleBatch = async () => {
    await Promise.all(inFlight);
    inFlight = [];
    const unflushed = await email.flush!();
    const settled: DeliveryRecord[] = [];
    const logged: DeliveryLogEntry[] = [];
    for (const item of batch) {
      if (!('outcome' in item)) {
        settled.push(item);
        continue;
      }
      const outcome = await item.outcome;
      const notOnDisk = unflushed.get(item.fileName);
      const result =
        outcome.status !== 'sent'
          ? item.record('Failed', outcome.detail)
          : notOnDisk !== undefined
            ? item.record('Failed', notOnDisk)
            : item.record(done, outcome.detail);
      settled.push(result);
      logged.push({ state: 'done', record: result });
    }
    batch = [];
    tools.log(...logged);
    records.push(...settled);
  };
  for (const facts of messages) {
    const rendered = tools.render(facts);
    const to = rendered.to ?? '';
    const asOf = isoAsOf(facts.asOf);
    const messageId = messageIdFor(facts.runId, asOf, facts.key, domain);
    const record: Recorder = (status, detail) =>
      messageRecord(facts, { to, subject: rendered.subject, messageId, channel, status, at: options.now().toISOString(), detail });
    if (!isPlainAddress(to)) {
      // Recorded in its place among the others: nothing was tried, so nothing needs a flush.
      if (batched) batch.push(record('Failed', `'${to}' is not an email address`));
      else records.push(record('Failed', `'${to}' is not an email address`));
      continue;
    }
    const attachments: MessageAttachment[] = [];
    if (rendered.invoice !== null) {
      attachments.push({
        filename: `${rendered.invoice.invoiceId}.pdf`,
        contentType: 'application/pdf',
        content: await tools.invoicePdf(rendered.invoice, options.paper),
      });
    }
    const bytes = tools.compose({
      from: options.from,
      to: rendered.name === null ? { address: to } : { name: rendered.name, address: to },
      ...(options.replyTo === null ? {} : { replyTo: options.replyTo }),
      subject: rendered.subject,
      text: rendered.body,
      messageId,
      date: options.now(),
      attachments,
    });
    if (options.dryRun) {
      records.push(record(done, `dry run: ${bytes.length} bytes, not sent`));
      continue;
    }
    const message = { fileName: outboxFileName(facts.runId, asOf, facts.key), envelope: { from: options.from.address, to }, bytes };
    if (batched) {
      if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
      const outcome = email.deliver(message);
      inFlight.push(outcome);
      batch.push({ fileName: message.fileName, outcome, record });
      if (batch.length >= BATCH) await settleBatch();
      continue;
    }
    tools.log({ state: 'sending', record: record(done, '') });
    const outcome = await email.deliver(message);
    const status = outcome.status === 'sent' ? done : outcome.status === 'failed' ? 'Failed' : 'Unknown';
    const result = record(status, outcome.detail);
    tools.log({ state: 'done', record: result });
    records.push(result);
  }
  if (batched && batch.length > 0) await settleBatch();
}

type Recorder = (status: DeliveryRecord['status'], detail: string) => DeliveryRecord;
