import { resolve } from 'node:path';
import { deliverRun } from '../app/deliver/deliverRun';
import type { EmailChannel } from '../app/deliver/deliveryTools';
import type { OpenedBook } from '../app/openBook';
import { Refusal } from '../app/refusal';
import type { RunDueDelivery } from '../app/runDue/runDue';
import type { LocalDate } from '../engine/dates/localDate';
import type { RunDefinition } from '../engine/model/run';
import { DeliveryLogWriter, readDeliveryLog } from '../hosts/file/deliveryLogFile';
import { foldDeliveryLog } from '../workbook/deliveries/deliveryLogEntry';
import type { CliContext } from './cliContext';
import { outboxChannel, smtpChannel } from './deliveryChannels';
import { deliverySummary } from './deliverySummary';
import { deliveryToolsOf } from './deliveryToolsOf';

/** Where `run-due` delivers: `--deliver smtp` or `--deliver-outbox DIR`. */
export type RunDueChannel = { kind: 'smtp' } | { kind: 'outbox'; dir: string };

/**
 * `run-due`'s delivery after each post (SPEC §12: "as `deliver` (§9) would"): the same tools,
 * channels, log beside the book (`BOOK.deliveries.log`, each SMTP outcome on disk before the
 * next message) and Deliveries rows, for the post just made; no `--letters`, so messages to
 * members without an email address wait for a `deliver --letters` run. A refusal (no From
 * Address, no SMTP Host) or a failed message makes the delivery not ok; the lines for stderr
 * go to `failed`. Call `close` when the job is done.
 *
 * @example
 * const delivery = runDueDelivery(path, { kind: 'smtp' }, cli);
 * await runDue(book, { …, deliver: delivery.deliver });
 * delivery.close();
 */
export function runDueDelivery(path: string, channel: RunDueChannel, cli: CliContext) {
  const log = new DeliveryLogWriter(path);
  // Records a killed command left in the log, read once: each delivery folds in its own.
  const earlier = foldDeliveryLog(readDeliveryLog(path));
  const deliver = async (book: OpenedBook, run: RunDefinition, asOf: LocalDate): Promise<RunDueDelivery> => {
    const settings = book.read.records.settings;
    let email: EmailChannel;
    try {
      if (settings.fromAddress === null) throw new Refusal('DELIVERY_SETUP', `Cannot deliver ${run.id}: the Settings sheet has no From Address.`);
      email = channel.kind === 'smtp' ? smtpChannel(settings, cli.env?.RENEWAL_RUNS_SMTP_PASSWORD) : outboxChannel(resolve(cli.cwd, channel.dir));
    } catch (e) {
      if (e instanceof Refusal) return { ok: false, detail: e.message };
      throw e;
    }
    try {
      const tools = await deliveryToolsOf(book, run, { email, letters: null, log: (...entries) => log.append(...entries) });
      const from = { address: settings.fromAddress, ...(settings.fromName === null ? {} : { name: settings.fromName }) };
      const mine = earlier.filter((r) => r.runId === run.id && r.asOf === asOf);
      const options = { asOf, retryUnknown: false, dryRun: false, from, replyTo: settings.replyTo, paper: settings.paperSize };
      const result = await deliverRun(book, run, { ...options, timeZone: settings.timeZone, earlier: mine, now: cli.now }, tools);
      await book.host.writeCells(result.writes);
      const { text, failed } = deliverySummary(result, { dryRun: false, letters: null, book: path });
      for (const line of failed) cli.stderr(`renewal-runs: ${run.id}: ${line}`);
      const counts = text
        .split('\n')
        .slice(0, -1)
        .map((line) => line.trim());
      return { ok: failed.length === 0, detail: counts.join('; ') };
    } catch (e) {
      if (e instanceof Refusal) return { ok: false, detail: e.message };
      throw e;
    } finally {
      await email.close();
    }
  };
  return { deliver, close: () => log.close() };
}
