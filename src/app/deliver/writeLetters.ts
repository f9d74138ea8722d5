import type { LetterDocument } from '../../documents/documentTypes';
import type { DeliveryRecord } from '../../workbook/deliveries/deliveryRecord';
import type { MessageFacts } from '../../workbook/messages/messageFacts';
import { messageIdFor } from '../../workbook/messages/mime/messageIdFor';
import type { DeliverRunOptions } from './deliverRun';
import { isoAsOf, messageDomain } from './messageDomain';
import type { DeliveryTools } from './deliveryTools';
import { messageRecord } from './messageRecord';

const byMemberId = new Intl.Collator('en', { numeric: true });

/**
 * Prints the messages of members without an email address as one PDF (SPEC §9 `--letters`): in
 * Member ID order (numbers in IDs compared as numbers, `M-2` before `M-10`), each letter on a new
 * page with its invoice after it. The file is written first, then every letter is recorded
 * `Written`: a command killed in between writes the same file again next time. A dry run
 * renders the PDF and writes nothing.
 *
 * @example
 * await writeLetters(messages, options, tools, records);
 */
export async function writeLetters(
  messages: readonly MessageFacts[],
  options: DeliverRunOptions,
  tools: DeliveryTools,
  records: DeliveryRecord[],
): Promise<void> {
  if (messages.length === 0 || tools.letters === null) return;
  const sorted = [...messages].sort((a, b) => byMemberId.compare(a.memberId ?? '', b.memberId ?? '') || a.key.localeCompare(b.key));
  const letters: LetterDocument[] = [];
  const rendered = sorted.map((facts) => tools.render(facts));
  for (const message of rendered) {
    letters.push({
      recipientName: message.name ?? '',
      recipientAddress: message.address,
      subject: message.subject,
      body: message.body,
      invoice: message.invoice,
    });
  }
  const pdf = await tools.lettersPdf(letters, options.paper);
  if (!options.dryRun) await tools.letters.write(pdf);
  const domain = messageDomain(options.from);
  const written: DeliveryRecord[] = [];
  sorted.forEach((facts, i) => {
    const messageId = messageIdFor(facts.runId, isoAsOf(facts.asOf), facts.key, domain);
    const detail = options.dryRun ? `dry run: page of a ${pdf.length}-byte letters PDF, not written` : `printed in the letters PDF (${letters.length} letters)`;
    const record = messageRecord(facts, {
      to: rendered[i].name ?? '',
      subject: rendered[i].subject,
      messageId,
      channel: 'letter',
      status: 'Written',
      at: options.now().toISOString(),
      detail,
    });
    written.push(record);
  });
  // One flush to disk for every letter: they were all written with the one PDF.
  if (!options.dryRun) tools.log(...written.map((record) => ({ state: 'done' as const, record })));
  records.push(...written);
}
