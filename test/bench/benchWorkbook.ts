import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isoDate } from '../../src/engine/dates/isoDate';
import { writeFileAtomically } from '../../src/hosts/file/workbookFile';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import { RUN_HEADERS } from '../../src/workbook/sample/sampleRuns';
import { sampleWorkbook } from '../../src/workbook/sample/sampleWorkbook';

/** The as-of date every benchmark plans for, so figures compare across machines and days. */
export const BENCH_AS_OF = '2026-11-21';
export const BENCH_DIR = join(tmpdir(), 'renewal-runs-bench');

export interface BenchWorkbookOptions {
  /** The day the sample is built around (default BENCH_AS_OF). */
  asOf?: string;
  /** Overrides the NIGHTLY run's Lead Days (30 in the sample), e.g. 365 to make nearly every membership due. */
  nightlyLeadDays?: number;
}

/** Path of the benchmark workbook with `members` memberships, generated once and cached. */
export function benchWorkbookPath(members: number, options: BenchWorkbookOptions = {}): string {
  const { asOf = BENCH_AS_OF, nightlyLeadDays } = options;
  mkdirSync(BENCH_DIR, { recursive: true });
  const suffix = (asOf === BENCH_AS_OF ? '' : `-${asOf}`) + (nightlyLeadDays === undefined ? '' : `-lead${nightlyLeadDays}`);
  const path = join(BENCH_DIR, `members-${members}${suffix}.xlsx`);
  if (!existsSync(path)) {
    const host = XlsxWorkbookHost.empty();
    for (const sheet of sampleWorkbook({ asOf: isoDate(asOf), memberships: members, withInputErrors: false })) {
      if (sheet.name === 'Runs' && nightlyLeadDays !== undefined) {
        const nightly = sheet.rows.find((row) => row[0] === 'NIGHTLY');
        if (!nightly) throw new Error('NIGHTLY run missing from the sample Runs sheet');
        nightly[RUN_HEADERS.indexOf('Lead Days')] = nightlyLeadDays;
      }
      host.replaceSheetSync(sheet);
    }
    writeFileAtomically(path, host.toBytes());
  }
  return path;
}
