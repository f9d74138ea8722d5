import { resolve } from 'node:path';
import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import { SAMPLE_NIGHTLY_RUN_ID } from '../../workbook/sample/sampleRuns';
import { todayInTimeZone } from '../../workbook/timeZone/todayInTimeZone';
import { saveBookFile } from '../bookFile';
import type { CliCommand } from '../command';
import { runCommand } from '../runCommand';
import { previewCommand } from './previewCommand';

/** Where `demo` writes its workbook without `--out`. */
export const DEMO_FILE = 'renewal-runs-demo.xlsx';
/** The sample organisation's time zone (its Settings sheet says so too). */
const SAMPLE_TIME_ZONE = 'America/Chicago';

/**
 * `renewal-runs demo [--out FILE]`: writes the embedded sample workbook (about 2,000
 * memberships, dated around today) and previews its scheduled nightly run into it.
 */
export const demoCommand: CliCommand = {
  name: 'demo',
  positionals: [],
  flags: [{ name: 'out', value: 'FILE' }],
  summary: 'sample workbook + preview of its run',
  async run({ values }, cli) {
    const out = resolve(cli.cwd, values.out ?? DEMO_FILE);
    const host = XlsxWorkbookHost.empty();
    for (const sheet of sampleWorkbook({ asOf: todayInTimeZone(cli.now(), SAMPLE_TIME_ZONE) })) host.replaceSheetSync(sheet);
    saveBookFile(host, null, out);
    cli.stdout(`Sample workbook written to ${out}\n`);
    const code = await runCommand(previewCommand, [out, '--run', SAMPLE_NIGHTLY_RUN_ID, '--out', out], cli);
    cli.stdout(`\nOpen it in Excel, or try: npx renewal-runs due ${values.out ?? DEMO_FILE}`);
    return code;
  },
};
