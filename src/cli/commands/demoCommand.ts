import { resolve } from 'node:path';
import { findRun } from '../../app/findRun';
import { previewRun } from '../../app/previewRun';
import { resolveAsOf } from '../../app/resolveAsOf';
import { nodeCodecs } from '../../hosts/file/nodeCodecs';
import { PackageWorkbookHost } from '../../hosts/file/packageWorkbookHost';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import { SAMPLE_NIGHTLY_RUN_ID } from '../../workbook/sample/sampleRuns';
import { todayInTimeZone } from '../../workbook/timeZone/todayInTimeZone';
import { withNewBookFile } from '../bookFile';
import { EXIT_OK } from '../cliErrors';
import type { CliCommand } from '../command';
import { planSummaryText } from '../printPlanSummary';
import { sampleMessageText } from '../sampleMessageText';
import { WAIT_FLAG, writeOptions } from '../writeOptions';

/** Where `demo` writes its workbook without `--out`. */
export const DEMO_FILE = 'renewal-runs-demo.xlsx';
/** The sample organisation's time zone (its Settings sheet says so too). */
const SAMPLE_TIME_ZONE = 'America/Chicago';

/**
 * `renewal-runs demo [--out FILE]`: writes the embedded sample workbook (about 2,000
 * memberships, dated around today) with a preview of its scheduled nightly run — made in memory
 * and written once, under the file's lock, without a `.bak` (it is not a rewrite of a book).
 */
export const demoCommand: CliCommand = {
  name: 'demo',
  positionals: [],
  flags: [{ name: 'out', value: 'FILE' }, WAIT_FLAG],
  summary: 'sample workbook + preview of its run',
  async run({ values }, cli) {
    const out = resolve(cli.cwd, values.out ?? DEMO_FILE);
    const host = PackageWorkbookHost.empty(nodeCodecs());
    for (const sheet of sampleWorkbook({ asOf: todayInTimeZone(cli.now(), SAMPLE_TIME_ZONE) })) host.replaceSheetSync(sheet);
    const { preview, message } = await withNewBookFile(host, out, writeOptions(values, cli), async (book) => {
      const run = findRun(book, SAMPLE_NIGHTLY_RUN_ID);
      const preview = await previewRun(book, run, resolveAsOf(book, run, { now: cli.now() }));
      return { preview, message: sampleMessageText(book, preview.plan) };
    });
    cli.stdout(`Sample workbook written to ${out}\n`);
    cli.stdout(planSummaryText(preview.plan, preview.inputErrors));
    cli.stdout(`\nPreview written to sheet '${preview.sheet.name}' of ${out}`);
    if (message !== null) cli.stdout(`\nOne of the messages it would send (wording from the Templates sheet):\n\n${indent(message)}`);
    const file = values.out ?? DEMO_FILE;
    cli.stdout(
      `\nOpen it in Excel, or try:\n  npx renewal-runs post ${file} --run ${SAMPLE_NIGHTLY_RUN_ID}\n  npx renewal-runs deliver ${file} --run ${SAMPLE_NIGHTLY_RUN_ID} --outbox outbox --letters letters.pdf\n  npx renewal-runs run-due ${file} --deliver-outbox outbox   (the nightly job: previews what is due; ${SAMPLE_NIGHTLY_RUN_ID} posts once its Status is Approved)`,
    );
    return EXIT_OK;
  },
};

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : `    ${line}`))
    .join('\n');
}
