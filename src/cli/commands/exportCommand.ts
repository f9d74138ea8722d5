import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { exportBankFile } from '../../app/exportBankFile';
import { exportRun } from '../../app/exportRun';
import { findRun } from '../../app/findRun';
import { Refusal } from '../../app/refusal';
import { formatIsoDate } from '../../engine/dates/isoDate';
import { nodeCodecs } from '../../hosts/file/nodeCodecs';
import { PackageWorkbookHost } from '../../hosts/file/packageWorkbookHost';
import { batchTotals } from '../../workbook/batches/batchTotals';
import type { BatchSheetRead } from '../../workbook/batches/readBatchSheet';
import { PAYMENT_FILE_CURRENCY } from '../../engine/collect/bank/bankCollectionCheck';
import type { PaymentFileFormat } from '../../engine/model/run';
import { EXPORT_FORMATS, type ExportFormat } from '../../workbook/export/batchFileName';
import { PAYMENT_FILE_FORMATS } from '../../workbook/schema/runsSheet';
import { openBookFile, saveExportFile } from '../bookFile';
import { EXIT_OK, UsageError } from '../cliErrors';
import type { CliCommand } from '../command';

/**
 * `renewal-runs export BOOK --run ID [--format csv|xlsx|sepa|nacha] [--dir DIR]` (SPEC §5, §6,
 * §10): `sepa`/`nacha` write the bank file of the post's collections (`<Run ID>-payments-<As
 * Of>.xml` / `.ach`); `csv`/`xlsx` write each
 * batch sheet of the run's latest posted run (`<Run ID> Invoices`, …) as a file in DIR (default:
 * the current directory, created when absent), named `<RUN ID>-<kind>-<As Of>.<format>`, and
 * prints each file with its row count and total. Every sheet is read and checked before any file
 * is written, so a refusal writes nothing. The workbook itself is never written.
 */
export const exportCommand: CliCommand = {
  name: 'export',
  positionals: ['BOOK'],
  flags: [
    { name: 'run', value: 'ID', required: true },
    { name: 'format', value: 'csv|xlsx|sepa|nacha' },
    { name: 'dir', value: 'DIR' },
  ],
  summary: "writes the batches of a run's latest post as files",
  async run({ positionals, values }, cli) {
    const format = parseExportFormat(values.format);
    const book = await openBookFile(resolve(cli.cwd, positionals.BOOK));
    const run = findRun(book, values.run);
    if (format === 'sepa' || format === 'nacha') {
      const bankFile = await loadExportBankFile()(book, run, format, cli.now()).catch((e: unknown) => {
        throw inCliWords(e, run.id);
      });
      const dir = resolve(cli.cwd, values.dir ?? '.');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, bankFile.fileName);
      saveExportFile(path, Buffer.from(bankFile.contents, 'utf8'));
      const what = format === 'sepa' ? 'SEPA Direct Debit pain.008.001.02' : 'NACHA PPD';
      cli.stdout(
        `Wrote ${path}: ${what}, ${bankFile.count} ${bankFile.count === 1 ? 'debit' : 'debits'}, total ${bankFile.total.toFixed(2)} ${PAYMENT_FILE_CURRENCY[format]}`,
      );
      return EXIT_OK;
    }
    const exported = await exportRun(book, run, format, () => PackageWorkbookHost.empty(nodeCodecs())).catch((e: unknown) => {
      throw inCliWords(e, run.id);
    });
    if (exported.files.length === 0) {
      cli.stdout(`Run ${run.id} (posted as of ${formatIsoDate(exported.asOf)}) has no batch sheets: nothing to export.`);
      return EXIT_OK;
    }
    const dir = resolve(cli.cwd, values.dir ?? '.');
    mkdirSync(dir, { recursive: true });
    for (const { fileName, batch, contents } of exported.files) {
      const path = join(dir, fileName);
      saveExportFile(path, typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents);
      cli.stdout(`Wrote ${path}: ${totalsText(batch)}`);
    }
    return EXIT_OK;
  },
};

/**
 * The `--format` value: `csv` when absent; anything but `csv` or `xlsx` is a usage error (exit 2).
 *
 * @example
 * parseExportFormat(undefined) // → 'csv'
 * parseExportFormat('sepa')    // → 'sepa'
 * parseExportFormat('pdf')     // throws UsageError
 */
export function parseExportFormat(text: string | undefined): ExportFormat | PaymentFileFormat {
  if (text === undefined) return 'csv';
  const formats = [...EXPORT_FORMATS, ...PAYMENT_FILE_FORMATS];
  const format = formats.find((f) => f === text.trim().toLowerCase());
  if (format === undefined) throw new UsageError(`--format must be ${formats.join(', ')}, not '${text}'`);
  return format;
}

/** The CLI's words for export's refusals: the run named, and every problem of an edited batch sheet listed. */
function inCliWords(error: unknown, runId: string): unknown {
  if (!(error instanceof Refusal)) return error;
  if (error.code === 'NOT_POSTED') return new Refusal(error.code, `run ${runId} has no posted batches to export`, error.details);
  if (error.code === 'BATCH_EDITED') return new Refusal(error.code, `cannot export run ${runId}:\n${error.details.join('\n')}`, error.details);
  return error;
}

/** `2 rows, total 240 USD`, `3 rows, totals 240 USD and 90 EUR` (`1 row` for a batch without amounts). */
function totalsText(batch: BatchSheetRead): string {
  const { count, currencies } = batchTotals(batch);
  const rows = `${count} ${count === 1 ? 'row' : 'rows'}`;
  if (currencies.length === 0) return rows;
  const amounts = currencies.map((c) => (c.currency === null ? `${c.amount}` : `${c.amount} ${c.currency}`));
  return `${rows}, ${amounts.length === 1 ? 'total' : 'totals'} ${amounts.join(' and ')}`;
}

/**
 * The bank-file export, required on first use: the XML writer loads only for a bank file, not
 * at every command's start (a dynamic `import()` would leave CommonJS for the ESM loader).
 */
function loadExportBankFile(): typeof exportBankFile {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../app/exportBankFile') as typeof import('../../app/exportBankFile')).exportBankFile;
}
