/** Generates (once) the benchmark workbook of N memberships and prints its path. */
import { statSync } from 'node:fs';
import { benchWorkbookPath } from './benchWorkbook';
import { report, timed } from './measure';

const members = Number(process.argv[2]);
const t = timed(() => benchWorkbookPath(members));
report({ kind: 'file', path: t.value, generateMs: t.ms, fileMb: Math.round(statSync(t.value).size / 1048576) });
