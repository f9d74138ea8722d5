/**
 * Reconcile benchmark, in a process of its own: a settlements CSV of N rows against the
 * benchmark workbook (every row pays an open invoice in full, or fails, or is still settling),
 * then (mode `cli`) the real `renewal-runs reconcile` timed end to end, or (mode `floor`) its
 * floor: SheetJS reading the workbook and the settlements file and writing the workbook —
 * each in a process of its own, so neither warms the other up.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { runCli } from '../../src/cli/main';
import { fillRowHoles } from '../../src/hosts/file/xlsxWorkbookHost';
import { loadWorkbookFile } from '../../src/hosts/file/workbookFile';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { BENCH_DIR } from './benchWorkbook';
import { peakRssMb, report, timed, timedAsync } from './measure';

const [book, rowsText, mode] = process.argv.slice(2);
const rows = Number(rowsText);
const invoices = readWorkbookRecords(loadWorkbookFile(book).readWorkbookSync()).records.invoices;
const lines = ['Reference,Invoice ID,Amount,Result,Settlement Status,Processed At,Reason'];
for (let i = 0; i < rows; i++) {
  const inv = invoices[i % invoices.length];
  const kind = i % 10;
  const amount = inv.balance > 0 ? inv.balance.toFixed(2) : inv.amount.toFixed(2);
  if (kind < 7) lines.push(`PAY-${i},${inv.invoiceId},${amount},Completed,Settled,2026-11-21T14:05:00Z,`);
  else if (kind < 9) lines.push(`PAY-${i},${inv.invoiceId},${amount},Failed,Not Settled,2026-11-21T14:05:00Z,Insufficient funds`);
  else lines.push(`PAY-${i},${inv.invoiceId},${amount},Completed,In Progress,2026-11-21T14:05:00Z,`);
}
const csv = `${BENCH_DIR}/settlements-${rows}.csv`;
writeFileSync(csv, lines.join('\r\n'));
const out = `${BENCH_DIR}/reconciled-${rows}.xlsx`;

if (mode === 'floor') {
  const floor = timed(() => {
    const wb = XLSX.read(readFileSync(book), { type: 'buffer', dense: true, cellDates: false, cellStyles: false });
    XLSX.read(readFileSync(csv, 'utf8'), { type: 'string', dense: true, raw: true });
    fillRowHoles(wb);
    writeFileSync(`${BENCH_DIR}/floor-reconcile.xlsx`, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
  });
  report({ kind: 'reconcile-floor', rows, totalMs: floor.ms, peakRssMb: peakRssMb() });
  process.exit(0);
}
let stdout = '';
void timedAsync(() =>
  runCli(['reconcile', book, '--settlements', csv, '--as-of', '2026-11-21', '--out', out], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stdout += t),
    now: () => new Date('2026-11-21T20:00:00Z'),
    cwd: process.cwd(),
  }),
).then((cli) => {
  if (cli.value !== 0) throw new Error(`reconcile exited ${cli.value}: ${stdout.slice(0, 500)}`);
  report({ kind: 'reconcile', rows, invoices: invoices.length, totalMs: cli.ms, peakRssMb: peakRssMb() });
});
