import { resolve } from 'node:path';
import { Refusal } from '../../app/refusal';
import { runDue, type RunDueEntry, type RunDueResult } from '../../app/runDue/runDue';
import { resolveRunDueMoment } from '../../app/runDue/resolveRunDueMoment';
import { removeDeliveryLog } from '../../hosts/file/deliveryLogFile';
import { findPasswordSetting } from '../../workbook/deliveries/findPasswordSetting';
import { withBookFile } from '../bookFile';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from '../cliErrors';
import { cliSession } from '../cliSession';
import type { CliCommand } from '../command';
import { parseAsOfFlag } from '../parseAsOfFlag';
import type { RunDueChannel, runDueDelivery } from '../runDueDelivery';
import { WAIT_FLAG, writeOptions } from '../writeOptions';

/**
 * `renewal-runs run-due BOOK [--as-of D] [--at HH:MM] [--deliver smtp | --deliver-outbox DIR]
 * [--json] [--wait SECONDS]` (SPEC §12): the nightly job. Under the book's lock for the whole
 * call, previews, refreshes and posts every scheduled run that is due (app/runDue), delivers
 * each post's messages when asked, and writes the book once, in place after `BOOK.bak` —
 * only when something changed. Exit 0 every step attempted succeeded (waiting for approval
 * included), 3 a post, refresh or delivery failed or was refused, 1 the book cannot be read
 * (or holds a password while delivering), 2 usage.
 *
 * @example
 * await runCommand(runDueCommand, ['book.xlsx', '--as-of', '2026-11-21', '--at', '06:00'], cli) // → 0
 */
export const runDueCommand: CliCommand = {
  name: 'run-due',
  positionals: ['BOOK'],
  flags: [
    { name: 'as-of', value: 'YYYY-MM-DD' },
    { name: 'at', value: 'HH:MM' },
    { name: 'deliver', value: 'smtp', oneOf: 'delivery', optional: true },
    { name: 'deliver-outbox', value: 'DIR', oneOf: 'delivery', optional: true },
    { name: 'json' },
    WAIT_FLAG,
  ],
  summary: 'the nightly job: previews and posts the due runs',
  async run({ positionals, values, switches }, cli) {
    const asOf = parseAsOfFlag(values['as-of']);
    const at = parseAtFlag(values.at);
    const channel = deliveryChannel(values);
    const path = resolve(cli.cwd, positionals.BOOK);
    // The delivery's PDF and mail libraries load only for a run-due that delivers (CLI start-up).
    const delivery = channel === null ? null : loadRunDueDelivery()(path, channel, cli);
    let result: RunDueResult;
    try {
      result = await withBookFile<RunDueResult>(path, path, { ...writeOptions(values, cli), writeWhen: (r) => r.changed }, async (book) => {
        const secret = channel === null ? null : findPasswordSetting(book.grids);
        if (secret) {
          throw new Refusal(
            'SECRET_IN_WORKBOOK',
            `${path}: Settings row ${secret.row} (${secret.name}) holds a password. Remove it from the workbook and set RENEWAL_RUNS_SMTP_PASSWORD in the environment instead.`,
          );
        }
        const now = resolveRunDueMoment({ asOf, at }, cli.now(), book.read.records.settings.timeZone);
        return runDue(book, { now, clock: cli.now, session: cliSession(), ...(delivery ? { deliver: delivery.deliver } : {}) });
      });
    } finally {
      delivery?.close();
    }
    // The book now holds what the delivery log said: the log can go.
    if (delivery && result.changed) removeDeliveryLog(path);
    if (switches.has('json')) cli.stdout(JSON.stringify({ runs: result.entries }, null, 2));
    else cli.stdout(runDueText(result.entries));
    for (const e of result.entries.filter((x) => x.action === 'error')) cli.stderr(`renewal-runs: ${e.id} ${e.occurrence}: ${e.detail}`);
    return result.failed ? EXIT_SOME_FAILED : EXIT_OK;
  },
};

const WORDS: Record<RunDueEntry['action'], string> = {
  previewed: 'previewed',
  refreshed: 'refreshed',
  'changed-since-approval': 'changed since approval',
  posted: 'posted',
  'skipped-cancelled': 'skipped (cancelled)',
  'waiting-for-approval': 'waiting for approval',
  'nothing-due': 'nothing due',
  delivered: 'delivered',
  error: 'error',
};

/** One line per step: run, occurrence, what happened and why. */
function runDueText(entries: readonly RunDueEntry[]): string {
  if (entries.length === 0) return 'No scheduled runs.';
  return entries.map((e) => `${e.id.padEnd(21)}${e.occurrence.padEnd(12)}${WORDS[e.action]}: ${e.detail}`).join('\n');
}

/** `--at HH:MM` (00:00–23:59), zero-padded; anything else is a usage error. */
function parseAtFlag(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) throw new UsageError(`--at must be a time written HH:MM (00:00 to 23:59), not '${text}'`);
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}

function deliveryChannel(values: Record<string, string>): RunDueChannel | null {
  const smtp = values.deliver;
  const outbox = values['deliver-outbox'];
  if (smtp !== undefined && outbox !== undefined) throw new UsageError('run-due takes at most one of --deliver smtp and --deliver-outbox DIR');
  if (smtp !== undefined && smtp !== 'smtp') throw new UsageError(`--deliver takes 'smtp' (or use --deliver-outbox DIR), not '${smtp}'`);
  if (smtp !== undefined) return { kind: 'smtp' };
  return outbox === undefined ? null : { kind: 'outbox', dir: outbox };
}

/**
 * The delivery of run-due, required on first use: pdf-lib, its fonts and the mail library load
 * only for a run-due that delivers, not at every command's start (a dynamic `import()` would
 * leave CommonJS for the ESM loader).
 */
function loadRunDueDelivery(): typeof runDueDelivery {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../runDueDelivery') as typeof import('../runDueDelivery')).runDueDelivery;
}
