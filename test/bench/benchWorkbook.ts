import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isoDate } from '../../src/engine/dates/isoDate';
import { saveWorkbookFile } from '../../src/hosts/file/workbookFile';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import { sampleWorkbook } from '../../src/workbook/sample/sampleWorkbook';

/** The as-of date every benchmark plans for, so figures compare across machines and days. */
export const BENCH_AS_OF = '2026-11-21';
export const BENCH_DIR = join(tmpdir(), 'renewal-runs-bench');

/** Path of the benchmark workbook with `members` memberships, generated once and cached. */
export function benchWorkbookPath(members: number): string {
  mkdirSync(BENCH_DIR, { recursive: true });
  const path = join(BENCH_DIR, `members-${members}.xlsx`);
  if (!existsSync(path)) {
    const host = XlsxWorkbookHost.empty();
    for (const sheet of sampleWorkbook({ asOf: isoDate(BENCH_AS_OF), memberships: members, withInputErrors: false })) {
      host.replaceSheetSync(sheet);
    }
    saveWorkbookFile(host, path);
  }
  return path;
}
