/**
 * The package writer on the 100,000-membership bench workbook: 1,000 cell writes into Members
 * and a 100,000-row preview sheet added, timed (median of three) with the bytes written.
 * Run: node -r <an swc/ts register> test/bench/savePackageBench.ts (or after `npm run build:cli`,
 * node lib/test/bench/savePackageBench.js).
 */
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { isoDate } from '../../src/engine/dates/isoDate';
import { savePackage } from '../../src/hosts/file/package/savePackage';
import { openTestPackage } from '../../src/hosts/file/package/testing/openTestPackage';
import type { SheetEdit } from '../../src/hosts/file/package/packageModel';
import type { OutputCell } from '../../src/workbook/outputGrid';
import { benchWorkbookPath } from './benchWorkbook';
import { PREVIEW_COLUMNS } from '../../src/workbook/write/previewColumns';

const bytes = new Uint8Array(readFileSync(benchWorkbookPath(100_000)));
const pkg = openTestPackage(bytes);
const members = pkg.sheets.find((s) => s.name === 'Members')!;
const writes = Array.from({ length: 1000 }, (_, i) => ({
  sheet: 'Members',
  row: 2 + i * 97,
  column: 3 + (i % 5),
  value: i % 2 ? `Lapsed ${i}` : { date: isoDate('2026-12-31') },
}));
const rows: OutputCell[][] = [[...PREVIEW_COLUMNS]];
for (let i = 1; i <= 100_000; i++) {
  const d = { date: isoDate('2026-12-31') };
  rows.push([`K${i}`, 'renew', 'ready', '', 'Yes', `M${i}`, `MS${i}`, `Member ${i}`, `m${i}@example.org`, 'STD', 'STD', d, d, d, d, 120.5, '', '', '']);
}
const edits: SheetEdit[] = [
  { kind: 'cells', writes },
  { kind: 'replace', sheet: { name: 'Preview BENCH', rows, tableRows: rows.length, tableColumns: PREVIEW_COLUMNS.length, tableName: 'Preview_BENCH' } },
];

const measure = (label: string, run: () => Uint8Array): void => {
  const times: number[] = [];
  let out: Uint8Array = new Uint8Array(0);
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    out = run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label}: median ${(times[1] / 1000).toFixed(2)} s (${times.map((t) => (t / 1000).toFixed(2)).join(', ')}), ${out.length.toLocaleString('en')} bytes`,
  );
};

console.log(`input ${bytes.length.toLocaleString('en')} bytes, ${pkg.entries.size} entries, Members part ${members.path}`);
measure('1,000 cell writes into Members', () => savePackage(pkg, [edits[0]]));
measure('100,000-row preview sheet added', () => savePackage(pkg, [edits[1]]));
measure('both', () => savePackage(pkg, edits));
const zlib = { deflate: (content: Uint8Array) => deflateRawSync(content, { level: 6 }) };
measure('both, deflated by node:zlib', () => savePackage(pkg, edits, zlib));
console.log(`peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
