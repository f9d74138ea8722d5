import { resolve } from 'node:path';
import { deliverRun, type DeliverRunResult } from '../../app/deliver/deliverRun';
import type { EmailChannel } from '../../app/deliver/deliveryTools';
import { findRun } from '../../app/findRun';
import { Refusal } from '../../app/refusal';
import { foldDeliveryLog } from '../../workbook/deliveries/deliveryLogEntry';
import { findPasswordSetting } from '../../workbook/deliveries/findPasswordSetting';
import { DeliveryLogWriter, readDeliveryLog, removeDeliveryLog } from '../../hosts/file/deliveryLogFile';
import { type BookFile, openBookFile, saveExportFile, withBookFile } from '../bookFile';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from '../cliErrors';
import type { CliContext } from '../cliContext';
import type { CliCommand } from '../command';
import type { deliveryToolsOf } from '../deliveryToolsOf';
import { outboxChannel, smtpChannel } from '../deliveryChannels';
import { deliverySummary } from '../deliverySummary';
import { parseAsOfFlag } from '../parseAsOfFlag';
import { WAIT_FLAG, writeOptions } from '../writeOptions';

/**
 * `renewal-runs deliver BOOK --run ID [--as-of D] (--outbox DIR | --smtp) [--letters FILE.pdf]
 * [--dry-run] [--retry-unknown]` (SPEC §9): delivers the messages of the run's post — emails as
 * `.eml` files or through the Settings' SMTP server, letters as one PDF — each SMTP outcome on
 * disk in `BOOK.deliveries.log` before the next message (outbox files: a batch at a time, once
 * the files are on disk; see `sendEmails`), then recorded on the Deliveries sheet (the book
 * rewritten in place after `BOOK.bak`, under its lock). Exit 0 all delivered, 3 some
 * failed (listed on stderr, retried next time), 1 refused with nothing sent.
 *
 * @example
 * await runCommand(deliverCommand, ['book.xlsx', '--run', 'NIGHTLY', '--outbox', 'out'], cli) // → 0
 */
export const deliverCommand: CliCommand = {
  name: 'deliver',
  positionals: ['BOOK'],
  flags: [
    { name: 'run', value: 'ID', required: true },
    { name: 'as-of', value: 'YYYY-MM-DD' },
    { name: 'outbox', value: 'DIR', oneOf: 'channel' },
    { name: 'smtp', oneOf: 'channel' },
    { name: 'letters', value: 'FILE.pdf' },
    { name: 'dry-run' },
    { name: 'retry-unknown' },
    WAIT_FLAG,
  ],
  summary: 'sends or writes the messages of a posted run',
  async run({ positionals, values, switches }, cli) {
    const asOf = parseAsOfFlag(values['as-of']) ?? null;
    if ((values.outbox === undefined) === !switches.has('smtp')) throw new UsageError('deliver needs exactly one of --outbox DIR and --smtp');
    const dryRun = switches.has('dry-run');
    const path = resolve(cli.cwd, positionals.BOOK);
    const options = writeOptions(values, cli);
    const lettersPath = values.letters === undefined ? null : resolve(cli.cwd, values.letters);
    const log = new DeliveryLogWriter(path);
    const work = async (book: BookFile): Promise<DeliverRunResult> => {
      const secret = findPasswordSetting(book.grids);
      if (secret) {
        throw new Refusal(
          'SECRET_IN_WORKBOOK',
          `${path}: Settings row ${secret.row} (${secret.name}) holds a password. Remove it from the workbook and set RENEWAL_RUNS_SMTP_PASSWORD in the environment instead.`,
        );
      }
      const run = findRun(book, values.run);
      const settings = book.read.records.settings;
      if (settings.fromAddress === null) throw new Refusal('DELIVERY_SETUP', `Cannot deliver ${run.id}: the Settings sheet has no From Address.`);
      const email = emailChannel(values.outbox, settings, cli);
      const letters = lettersPath === null ? null : { write: async (pdf: Uint8Array) => saveExportFile(lettersPath, pdf) };
      const tools = await loadDeliveryTools()(book, run, { email, letters, log: (...entries) => log.append(...entries) });
      const earlier = foldDeliveryLog(readDeliveryLog(path));
      const from = { address: settings.fromAddress, ...(settings.fromName === null ? {} : { name: settings.fromName }) };
      const common = { asOf, retryUnknown: switches.has('retry-unknown'), dryRun, from, replyTo: settings.replyTo, paper: settings.paperSize };
      try {
        const result = await deliverRun(book, run, { ...common, timeZone: settings.timeZone, earlier, now: cli.now }, tools);
        await book.host.writeCells(result.writes);
        return result;
      } finally {
        log.close();
        await email.close();
      }
    };
    const result = dryRun ? await work(await openBookFile(path)) : await withBookFile(path, path, { ...options, writeWhen: (r) => r.writes.length > 0 }, work);
    // The book now holds what the log said: the log can go.
    if (!dryRun) removeDeliveryLog(path);
    const { text, failed } = deliverySummary(result, { dryRun, letters: values.letters ?? null, book: path });
    cli.stdout(text);
    for (const line of failed) cli.stderr(`renewal-runs: ${line}`);
    return failed.length > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  },
};

function emailChannel(outbox: string | undefined, settings: Parameters<typeof smtpChannel>[0], cli: CliContext): EmailChannel {
  return outbox === undefined ? smtpChannel(settings, cli.env?.RENEWAL_RUNS_SMTP_PASSWORD) : outboxChannel(resolve(cli.cwd, outbox));
}

/**
 * The delivery's tools, required on first use: pdf-lib and its fonts load only when a delivery
 * runs, not at every command's start (a dynamic `import()` would leave CommonJS for the ESM loader).
 */
function loadDeliveryTools(): typeof deliveryToolsOf {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../deliveryToolsOf') as typeof import('../deliveryToolsOf')).deliveryToolsOf;
}
