import { describeInputError } from '../../engine/reasons/describeInputError';
import { prepareReconcile } from '../../workbook/settlements/prepareReconcile';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as XLSX from 'xlsx';
import { formatIsoDate } from '../../engine/dates/isoDate';
import type { InputError } from '../../engine/model/inputError';
import type { ReconcileItem } from '../../engine/reconcile/planReconcile';
import { describeReconcileReason } from '../../engine/reconcile/reconcileReason';
import { loadWorkbookFile, saveWorkbookFile, UnreadableWorkbookError } from '../../hosts/file/workbookFile';
import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { todayInTimeZone } from '../../workbook/timeZone/todayInTimeZone';
import { findSheet } from '../../workbook/schema/findSheet';
import type { SheetGrid, WorkbookGrids } from '../../workbook/sheetGrid';
import type { CliContext } from '../cliContext';
import { EXIT_OK, RefusedError } from '../cliErrors';
import { openBook } from '../openBook';
import { parseArgs } from '../parseArgs';
import { parseAsOfFlag } from '../resolveAsOf';

/**
 * `renewal-runs reconcile BOOK [--settlements FILE] [--as-of D] [--json] [--dry-run] [--out FILE]`:
 * applies settlement results (SPEC §3.8) from the book's Settlements sheet or a .csv/.xlsx
 * file, and writes the workbook (in place after `BOOK.bak`, or `--out`) unless `--dry-run`.
 * An in-place run that changes no cell leaves the file untouched. Exit 1 for a missing or
 * unreadable workbook or settlements input, 2 for usage.
 *
 * @example
 * reconcileCommand(['book.xlsx', '--settlements', 'settled.csv', '--json'], cli) // → 0
 */
export function reconcileCommand(args: readonly string[], cli: CliContext): number {
  const parsed = parseArgs(args, { positionals: ['BOOK'], valueFlags: ['settlements', 'as-of', 'out'], switches: ['json', 'dry-run'] });
  const asOfFlag = parseAsOfFlag(parsed.values['as-of']);
  const path = resolve(cli.cwd, parsed.positionals.BOOK);
  const book = openBook(path);
  const { settings } = book.read.records;
  const file = parsed.values.settlements === undefined ? null : resolve(cli.cwd, parsed.values.settlements);
  const source = file === null ? book.grids : loadSettlementsFile(file);
  const grid = findSheet(source, 'Settlements') ?? (file === null ? null : (source.sheets[0] ?? null));
  if (grid === null) throw new RefusedError(`${file ?? path}: the workbook has no sheet 'Settlements'`);
  const asOf = asOfFlag ?? todayInTimeZone(cli.now(), settings.timeZone);
  const decision = prepareReconcile({ grids: book.grids, read: book.read, settlements: grid, settlementsDate1904: source.date1904, asOf });
  if (!decision.ok) throw new RefusedError(decision.missing.map((m) => `${file ?? path}: ${m}`).join('\n'));
  const { items, writes } = decision;
  const inputErrors = [...book.read.inputErrors, ...decision.inputErrors];
  const out = parsed.values.out === undefined ? path : resolve(cli.cwd, parsed.values.out);
  const write = !parsed.switches.has('dry-run') && (writes.length > 0 || out !== path);
  if (write) {
    book.host.writeCellsSync(writes);
    saveWorkbookFile(book.host, out, { backup: out === path });
  }
  if (parsed.switches.has('json')) {
    cli.stdout(JSON.stringify({ items: items.map(itemJson), inputErrors }, null, 2));
  } else {
    cli.stdout(summaryText(items, inputErrors, formatIsoDate(asOf), writes.length));
    cli.stdout(write ? `Written to ${out}` : parsed.switches.has('dry-run') ? 'Dry run: nothing written' : 'Nothing to change: nothing written');
  }
  return EXIT_OK;
}

/**
 * A settlements file as grids: an .xlsx workbook (zip), or CSV text read cell by cell as text
 * (nothing coerced: the settlement parsers read amounts and date-times themselves).
 */
function loadSettlementsFile(path: string): WorkbookGrids {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new RefusedError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? 'error'})`);
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      return loadWorkbookFile(path).readWorkbookSync();
    } catch (e) {
      if (e instanceof UnreadableWorkbookError) throw new RefusedError(e.message);
      throw e;
    }
  }
  if (!/\.csv$/i.test(path)) throw new RefusedError(`${path} is neither an Excel workbook (.xlsx) nor a .csv file`);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const grids = new XlsxWorkbookHost(XLSX.read(text, { type: 'string', dense: true, raw: true })).readWorkbookSync();
  const sheet: SheetGrid | undefined = grids.sheets[0];
  return { sheets: sheet ? [{ ...sheet, name: 'Settlements' }] : [], date1904: false };
}

function itemJson(item: ReconcileItem) {
  const { reference, invoiceId, status, amount, batch } = item;
  return { reference, invoiceId, status, reason: item.reason === null ? null : describeReconcileReason(item.reason), amount, batch };
}

function summaryText(items: readonly ReconcileItem[], inputErrors: readonly InputError[], asOf: string, cells: number): string {
  const money = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const count = (status: ReconcileItem['status']) => items.filter((i) => i.status === status).length;
  const batches = new Map<string, { count: number; cents: number }>();
  for (const item of items) {
    if (item.batch === null) continue;
    const b = batches.get(item.batch) ?? { count: 0, cents: 0 };
    batches.set(item.batch, { count: b.count + 1, cents: b.cents + Math.round(item.amount * 100) });
  }
  const applied = [...batches.values()].reduce((s, b) => s + b.cents, 0) / 100;
  const lines = [`Reconciled as of ${asOf}: ${count('ready')} ready, ${count('skipped')} skipped, ${count('error')} errors`];
  lines.push(`  payments applied: ${money(applied)} in ${batches.size} batches; ${cells} cells changed`);
  for (const [name, b] of batches) lines.push(`  ${name}: ${b.count} payments, ${money(b.cents / 100)}`);
  for (const item of items.filter((i) => i.status === 'error')) {
    lines.push(`  error ${item.reference ?? '-'} ${item.invoiceId}: ${item.reason ? describeReconcileReason(item.reason) : ''}`);
  }
  if (inputErrors.length > 0) lines.push(`  ${inputErrors.length} input errors:`);
  for (const e of inputErrors) lines.push(`    ${describeInputError(e)}`);
  return lines.join('\n');
}
