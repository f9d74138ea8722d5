import type { DeliveryRecord } from '../../workbook/deliveries/deliveryRecord';
import type { MessageFacts } from '../../workbook/messages/messageFacts';
import { isPlainAddress } from '../../workbook/messages/mime/mailbox';
import { messageIdFor } from '../../workbook/messages/mime/messageIdFor';
import { outboxFileName } from '../../workbook/messages/mime/outboxFileName';
import type { MessageAttachment } from '../../workbook/messages/outgoingMessage';
import type { DeliverRunOptions } from './deliverRun';
import { isoAsOf, messageDomain } from './messageDomain';
import type { DeliveryTools } from './deliveryTools';
import { messageRecord } from './messageRecord';

/**
 * Emails the messages in order (SPEC §9 "Never twice"): for each, a `sending` entry goes on disk,
 * then the message to the channel, then a `done` entry with its outcome — so a command killed
 * while a message is with the server leaves exactly that one `Unknown`. A member address that is
 * not a plain address is `Failed` without trying. A dry run records what it would do, and sends
 * and logs nothing.
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
  const channel = tools.email.channel;
  const domain = messageDomain(options.from);
  for (const facts of messages) {
    const rendered = tools.render(facts);
    const to = rendered.to ?? '';
    const asOf = isoAsOf(facts.asOf);
    const messageId = messageIdFor(facts.runId, asOf, facts.key, domain);
    const record = (status: DeliveryRecord['status'], detail: string) =>
      messageRecord(facts, { to, subject: rendered.subject, messageId, channel, status, at: options.now().toISOString(), detail });
    if (!isPlainAddress(to)) {
      records.push(record('Failed', `'${to}' is not an email address`));
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
    const done = channel === 'outbox' ? 'Written' : 'Sent';
    if (options.dryRun) {
      records.push(record(done, `dry run: ${bytes.length} bytes, not sent`));
      continue;
    }
    tools.log({ state: 'sending', record: record(done, '') });
    const outcome = await tools.email.deliver({ fileName: outboxFileName(facts.runId, asOf, facts.key), envelope: { from: options.from.address, to }, bytes });
    const status = outcome.status === 'sent' ? done : outcome.status === 'failed' ? 'Failed' : 'Unknown';
    const result = record(status, outcome.detail);
    tools.log({ state: 'done', record: result });
    records.push(result);
  }
}
