/**
 * The floor: merely reading and writing the same workbook with the xlsx library, in a process
 * of its own (like the CLI), with the options the file host uses.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { fillRowHoles } from '../../src/hosts/file/xlsxWorkbookHost';
import { peakRssMb, report, timed } from './measure';

const [path, out] = process.argv.slice(2);
const read = timed(() => XLSX.read(readFileSync(path), { type: 'buffer', dense: true, cellDates: false, cellStyles: false }));
// SheetJS's dense writer fails on the empty-row holes its reader leaves; any SheetJS writer
// must fill them (a pass over the rows), so the floor does too.
const write = timed(() => {
  fillRowHoles(read.value);
  writeFileSync(out, XLSX.write(read.value, { type: 'buffer', bookType: 'xlsx', compression: true }));
});
report({ kind: 'floor', readMs: read.ms, writeMs: write.ms, totalMs: read.ms + write.ms, peakRssMb: peakRssMb() });
