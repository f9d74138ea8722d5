import { resolve } from 'node:path';
import { settlementsOfBook } from '../../app/loadSettlements';
import { reconcile, type Settlements } from '../../app/reconcile';
import { Refusal } from '../../app/refusal';
import { resolveAsOf } from '../../app/resolveAsOf';
import { formatIsoDate } from '../../engine/dates/isoDate';
import type { InputError } from '../../engine/model/inputError';
import { describeInputError } from '../../engine/reasons/describeInputError';
import type { ReconcileItem } from '../../engine/reconcile/planReconcile';
import { describeReconcileReason } from '../../engine/reconcile/reconcileReason';
import { type BookFile, openBookFile, outPath, withBookFile } from '../bookFile';
import { EXIT_OK } from '../cliErrors';
import type { CliCommand } from '../command';
import { parseAsOfFlag } from '../parseAsOfFlag';
import { readSettlementsFile } from '../readSettlementsFile';
import { WAIT_FLAG, writeOptions } from '../writeOptions';

/**
 * `renewal-runs reconcile BOOK [--settlements FILE] [--as-of D] [--json] [--dry-run] [--out FILE]`:
 * applies settlement results (SPEC §3.8) from the book's Settlements sheet or a .csv/.xlsx
 * file, or a bank's camt.054/camt.053 or NACHA return file read by its content (SPEC §10), and writes the workbook (in place after `BOOK.bak`, or `--out`) unless `--dry-run`.
 * An in-place run that changes no cell leaves the file untouched. Exit 1 for a missing or
 * unreadable workbook or settlements input, 2 for usage.
 *
 * @example
 * await runCommand(reconcileCommand, ['book.xlsx', '--settlements', 'settled.csv', '--json'], cli) // → 0
 */
export const reconcileCommand: CliCommand = {
  name: 'reconcile',
  positionals: ['BOOK'],
  flags: [
    { name: 'settlements', value: 'FILE' },
    { name: 'as-of', value: 'YYYY-MM-DD' },
    { name: 'json' },
    { name: 'dry-run' },
    { name: 'out', value: 'FILE' },
    WAIT_FLAG,
  ],
  summary: 'applies settlement results to invoices and payments',
  async run({ positionals, values, switches }, cli) {
    const asOfFlag = parseAsOfFlag(values['as-of']);
    const path = resolve(cli.cwd, positionals.BOOK);
    const out = outPath(path, values.out, cli.cwd);
    const dryRun = switches.has('dry-run');
    // Parsed first: a bad --wait is a usage error even with --dry-run, which takes no lock.
    const options = writeOptions(values, cli);
    const settlementsFile = values.settlements === undefined ? undefined : resolve(cli.cwd, values.settlements);
    const work = async (book: BookFile) => {
      const settlements = settlementsFile === undefined ? bookSettlements(book) : await readSettlementsFile(settlementsFile);
      const asOf = resolveAsOf(book, null, { asOf: asOfFlag, now: cli.now() });
      const result = await reconcile(book, settlements, { asOf, apply: !dryRun });
      return { ...result, asOf, inputErrors: [...book.read.inputErrors, ...result.inputErrors] };
    };
    // An in-place run that changes no cell leaves the file untouched; --out always writes.
    const writeWhen = (r: { writes: readonly unknown[] }) => r.writes.length > 0 || out !== path;
    const { items, writes, inputErrors, asOf } = dryRun ? await work(await openBookFile(path)) : await withBookFile(path, out, { ...options, writeWhen }, work);
    const write = !dryRun && writeWhen({ writes });
    if (switches.has('json')) {
      cli.stdout(JSON.stringify({ items: items.map(itemJson), inputErrors }, null, 2));
    } else {
      cli.stdout(summaryText(items, inputErrors, formatIsoDate(asOf), writes.length));
      cli.stdout(write ? `Written to ${out}` : dryRun ? 'Dry run: nothing written' : 'Nothing to change: nothing written');
    }
    return EXIT_OK;
  },
};

/** The book's own Settlements sheet, named by the book's path in refusals. */
function bookSettlements(book: BookFile): Settlements {
  try {
    return { ...settlementsOfBook(book, 'Settlements'), name: book.source };
  } catch (e) {
    if (e instanceof Refusal && e.code === 'NO_SETTLEMENTS') throw new Refusal(e.code, `${book.source}: the workbook has no sheet 'Settlements'`);
    throw e;
  }
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
  const warnings = count('warning') > 0 ? `, ${count('warning')} warnings` : '';
  const lines = [`Reconciled as of ${asOf}: ${count('ready')} ready${warnings}, ${count('skipped')} skipped, ${count('error')} errors`];
  lines.push(`  payments applied: ${money(applied)} in ${batches.size} batches; ${cells} cells changed`);
  for (const [name, b] of batches) lines.push(`  ${name}: ${b.count} payments, ${money(b.cents / 100)}`);
  for (const item of items.filter((i) => i.status === 'warning' || i.status === 'error')) {
    lines.push(`  ${item.status} ${item.reference ?? '-'} ${item.invoiceId}: ${item.reason ? describeReconcileReason(item.reason) : ''}`);
  }
  if (inputErrors.length > 0) lines.push(`  ${inputErrors.length} input errors:`);
  for (const e of inputErrors) lines.push(`    ${describeInputError(e)}`);
  return lines.join('\n');
}
