import { resolve } from 'node:path';
import { saveWorkbookFile } from '../../hosts/file/workbookFile';
import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import { SAMPLE_NIGHTLY_RUN_ID } from '../../workbook/sample/sampleRuns';
import type { CliContext } from '../cliContext';
import { parseArgs } from '../parseArgs';
import { previewCommand } from './previewCommand';
import { todayInTimeZone } from '../../workbook/timeZone/todayInTimeZone';

/** Where `demo` writes its workbook without `--out`. */
export const DEMO_FILE = 'renewal-runs-demo.xlsx';
/** The sample organisation's time zone (its Settings sheet says so too). */
const SAMPLE_TIME_ZONE = 'America/Chicago';

/**
 * `renewal-runs demo [--out FILE]`: writes the embedded sample workbook (about 2,000
 * memberships, dated around today) and previews its scheduled nightly run into it.
 */
export function demoCommand(args: readonly string[], cli: CliContext): number {
  const parsed = parseArgs(args, { positionals: [], valueFlags: ['out'], switches: [] });
  const out = resolve(cli.cwd, parsed.values.out ?? DEMO_FILE);
  const host = XlsxWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf: todayInTimeZone(cli.now(), SAMPLE_TIME_ZONE) })) host.replaceSheetSync(sheet);
  saveWorkbookFile(host, out);
  cli.stdout(`Sample workbook written to ${out}\n`);
  const code = previewCommand([out, '--run', SAMPLE_NIGHTLY_RUN_ID, '--out', out], cli);
  cli.stdout(`\nOpen it in Excel, or try: npx renewal-runs due ${parsed.values.out ?? DEMO_FILE}`);
  return code;
}
