import * as XLSX from 'xlsx';
import { isoDate } from '../../engine/dates/isoDate';
import { batchTable } from '../../workbook/batches/batchTable';
import type { BatchSheetRead } from '../../workbook/batches/readBatchSheet';
import { sampleBatches } from '../../workbook/batches/testing/sampleBatches';
import { openBatchesWorkbook } from './openBatchesWorkbook';
import type { PostedBatches } from './postedBatches';
import { SessionRefusal } from './runsSession';

function posted(kinds: ('invoices' | 'activations')[]): PostedBatches {
  const batches = kinds.map((kind): BatchSheetRead => ({ ...batchTable(kind, sampleBatches()), sheet: `NIGHTLY ${kind}`, missing: [], inputErrors: [] }));
  return { runId: 'NIGHTLY', asOf: isoDate('2026-11-21'), batches };
}

describe('openBatchesWorkbook', () => {
  it('hands the exporter one .xlsx with a sheet per batch when the post has batches', async () => {
    const opened: Uint8Array[] = [];
    const result = await openBatchesWorkbook(posted(['invoices', 'activations']), { openAsNewWorkbook: async (bytes) => void opened.push(bytes) });
    expect(result).toEqual({ fileName: 'NIGHTLY-batches-2026-11-21.xlsx', sheets: 2 });
    expect(XLSX.read(opened[0], { type: 'array' }).SheetNames).toEqual(['Invoices', 'Activations']);
  });

  it('refuses in words, building nothing, when the post wrote no batch sheet', async () => {
    const exporter = { openAsNewWorkbook: jest.fn(async () => undefined) };
    const newWorkbook = jest.fn();
    await expect(openBatchesWorkbook(posted([]), exporter, newWorkbook)).rejects.toThrow(
      new SessionRefusal('NIGHTLY (posted as of 2026-11-21) has no batch sheets: nothing to export.'),
    );
    expect(newWorkbook).not.toHaveBeenCalled();
    expect(exporter.openAsNewWorkbook).not.toHaveBeenCalled();
  });

  it('refuses with Excel’s words and a way out when Excel does not open the workbook', async () => {
    const failing = { openAsNewWorkbook: async () => Promise.reject(new Error('This operation is not allowed due to the extension hardening policy')) };
    await expect(openBatchesWorkbook(posted(['invoices']), failing)).rejects.toThrow(
      new SessionRefusal(
        'Excel did not open the batches as a new workbook: This operation is not allowed due to the extension hardening policy. Download them as CSV instead.',
      ),
    );
  });
});
