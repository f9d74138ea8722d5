import { describeInputError } from '../../engine/reasons/describeInputError';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BATCH_KINDS } from '../../engine/apply/batches';
import { formatIsoDate } from '../../engine/dates/isoDate';
import { writeFileAtomically } from '../../hosts/file/workbookFile';
import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { batchTotals } from '../../workbook/batches/batchTotals';
import { readBatchSheet, type BatchSheetRead } from '../../workbook/batches/readBatchSheet';
import { batchCsv } from '../../workbook/export/batchCsv';
import { batchFileName, EXPORT_FORMATS, type ExportFormat } from '../../workbook/export/batchFileName';
import { batchXlsx } from '../../workbook/export/batchXlsx';
import { latestPostedEntry, readRunLog } from '../../workbook/runLog/readRunLog';
import type { CliContext } from '../cliContext';
import { EXIT_OK, RefusedError, UsageError } from '../cliErrors';
import { findRun, openBook } from '../openBook';
import { parseArgs } from '../parseArgs';

/**
 * `renewal-runs export BOOK --run ID [--format csv|xlsx] [--dir DIR]` (SPEC §5, §6): writes each
 * batch sheet of the run's latest posted run (`<Run ID> Invoices`, …) as a file in DIR (default:
 * the current directory, created when absent), named `<RUN ID>-<kind>-<As Of>.<format>`, and
 * prints each file with its row count and total. Every sheet is read and checked before any file
 * is written, so a refusal writes nothing. The workbook itself is never written.
 */
export function exportCommand(args: readonly string[], cli: CliContext): number {
  const parsed = parseArgs(args, { positionals: ['BOOK'], valueFlags: ['run', 'format', 'dir'], switches: [], required: ['run'] });
  const format = parseExportFormat(parsed.values.format);
  const book = openBook(resolve(cli.cwd, parsed.positionals.BOOK));
  const run = findRun(book, parsed.values.run);
  const { date1904 } = book.grids;
  const log = readRunLog(book.grids, { date1904, dateOrder: book.read.records.settings.dateOrder });
  const posted = latestPostedEntry(log.entries, run.id);
  if (posted === null) throw new RefusedError(`run ${run.id} has no posted batches to export`);

  const batches = BATCH_KINDS.map((kind) => readBatchSheet(book.grids, run.id, kind, date1904)).filter(
    (read): read is BatchSheetRead => read !== null,
  );
  const problems = batches.flatMap(batchProblems);
  if (problems.length > 0) throw new RefusedError(`cannot export run ${run.id}:\n${problems.join('\n')}`);
  if (batches.length === 0) {
    cli.stdout(`Run ${run.id} (posted as of ${formatIsoDate(posted.asOf)}) has no batch sheets: nothing to export.`);
    return EXIT_OK;
  }

  const dir = resolve(cli.cwd, parsed.values.dir ?? '.');
  mkdirSync(dir, { recursive: true });
  for (const batch of batches) {
    const path = join(dir, batchFileName(run.id, batch.kind, posted.asOf, format));
    const bytes = format === 'csv' ? Buffer.from(batchCsv(batch), 'utf8') : batchXlsx(batch, XlsxWorkbookHost.empty());
    writeFileAtomically(path, bytes);
    cli.stdout(`Wrote ${path}: ${totalsText(batch)}`);
  }
  return EXIT_OK;
}

/**
 * The `--format` value: `csv` when absent; anything but `csv` or `xlsx` is a usage error (exit 2).
 *
 * @example
 * parseExportFormat(undefined) // → 'csv'
 * parseExportFormat('pdf')     // throws UsageError
 */
export function parseExportFormat(text: string | undefined): ExportFormat {
  if (text === undefined) return 'csv';
  const format = EXPORT_FORMATS.find((f) => f === text.trim().toLowerCase());
  if (format === undefined) throw new UsageError(`--format must be ${EXPORT_FORMATS.join(' or ')}, not '${text}'`);
  return format;
}

/** `2 rows, total 240` (`1 row` for a batch without amounts). */
function totalsText(batch: BatchSheetRead): string {
  const { count, amount } = batchTotals(batch);
  const rows = `${count} ${count === 1 ? 'row' : 'rows'}`;
  return amount === null ? rows : `${rows}, total ${amount}`;
}

function batchProblems(read: BatchSheetRead): string[] {
  return [
    ...read.missing.map((column) => `  sheet '${read.sheet}' has no column '${column}'`),
    ...read.inputErrors.map((e) => `  ${describeInputError(e)}`),
  ];
}
