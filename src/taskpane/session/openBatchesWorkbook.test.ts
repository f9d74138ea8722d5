import * as XLSX from 'xlsx';
import type { BatchKind } from '../../engine/apply/batches';
import { isoDate } from '../../engine/dates/isoDate';
import type { WorkbookExporter } from '../../hosts/office/createWorkbookExporter';
import { batchTable } from '../../workbook/batches/batchTable';
import type { BatchSheetRead } from '../../workbook/batches/readBatchSheet';
import { sampleBatches } from '../../workbook/batches/testing/sampleBatches';
import { openBatchesWorkbook } from './openBatchesWorkbook';
import type { PostedBatches } from '../../app/exportRun';
import { Refusal } from '../../app/refusal';

function posted(kinds: BatchKind[]): PostedBatches {
  const batches = kinds.map((kind): BatchSheetRead => ({ ...batchTable(kind, sampleBatches()), sheet: `NIGHTLY ${kind}`, missing: [], inputErrors: [] }));
  return { runId: 'NIGHTLY', asOf: isoDate('2026-11-21'), batches };
}

/** An exporter that keeps every file it is handed, and refuses the n-th (1-based) with `refusal` when given. */
function recordingExporter(refuse?: { at: number; refusal: Error }): WorkbookExporter & { opened: Uint8Array[]; calls: number } {
  const exporter = {
    opensIn: 'macWindow' as const,
    opened: [] as Uint8Array[],
    calls: 0,
    openAsNewWorkbook: async (bytes: Uint8Array) => {
      exporter.calls += 1;
      if (refuse && exporter.calls === refuse.at) throw refuse.refusal;
      exporter.opened.push(bytes);
    },
  };
  return exporter;
}

/** A file the exporter was handed, read back: its sheet names and each sheet's rows. */
function readBack(bytes: Uint8Array): { names: string[]; rows: unknown[][][] } {
  const book = XLSX.read(bytes, { type: 'array' });
  return { names: book.SheetNames, rows: book.SheetNames.map((n) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[n], { header: 1, raw: true })) };
}

describe('openBatchesWorkbook', () => {
  it('opens each batch as a workbook of its own, one sheet each, in the given order when the layout is eachBatch', async () => {
    const exporter = recordingExporter();
    const result = await openBatchesWorkbook(posted(['invoices', 'notices', 'activations']), exporter, 'eachBatch');
    expect(result).toEqual({
      workbooks: [
        { fileName: 'NIGHTLY-invoices-2026-11-21.xlsx', sheets: 1 },
        { fileName: 'NIGHTLY-notices-2026-11-21.xlsx', sheets: 1 },
        { fileName: 'NIGHTLY-activations-2026-11-21.xlsx', sheets: 1 },
      ],
      opensIn: 'macWindow',
    });
    const files = exporter.opened.map(readBack);
    expect(files.map((f) => f.names)).toEqual([['Invoices'], ['Notices'], ['Activations']]);
    // Laid out as the batch: header, one row per entry, totals row.
    expect(files[0].rows[0][0]).toContain('Member ID');
    expect(files[0].rows[0]).toHaveLength(1 + 2 + 1);
    expect(files[1].rows[0]).toHaveLength(1 + 3 + 1);
    expect(files.map((f) => f.rows[0].at(-1)?.[0])).toEqual(['Total', 'Total', 'Total']);
  });

  it('lays each batch workbook out as the all-in-one workbook lays out its sheet when the layout is eachBatch', async () => {
    const each = recordingExporter();
    const one = recordingExporter();
    await openBatchesWorkbook(posted(['invoices', 'drops']), each, 'eachBatch');
    await openBatchesWorkbook(posted(['invoices', 'drops']), one, 'oneWorkbook');
    expect(each.opened.flatMap((bytes) => readBack(bytes).rows)).toEqual(readBack(one.opened[0]).rows);
  });

  it('opens the batches sequentially, one at a time, when the layout is eachBatch', async () => {
    const events: string[] = [];
    const exporter: WorkbookExporter = {
      opensIn: 'window',
      openAsNewWorkbook: async (bytes) => {
        const [name] = readBack(bytes).names;
        events.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`end ${name}`);
      },
    };
    await openBatchesWorkbook(posted(['invoices', 'payments']), exporter, 'eachBatch');
    expect(events).toEqual(['start Invoices', 'end Invoices', 'start Payments', 'end Payments']);
  });

  it('hands the exporter one .xlsx with a sheet per batch when the layout is oneWorkbook', async () => {
    const exporter = recordingExporter();
    const result = await openBatchesWorkbook(posted(['invoices', 'activations']), exporter, 'oneWorkbook');
    expect(result).toEqual({ workbooks: [{ fileName: 'NIGHTLY-batches-2026-11-21.xlsx', sheets: 2 }], opensIn: 'macWindow' });
    expect(exporter.opened).toHaveLength(1);
    expect(readBack(exporter.opened[0]).names).toEqual(['Invoices', 'Activations']);
  });

  it.each(['eachBatch', 'oneWorkbook'] as const)('refuses in words, building nothing, when the post wrote no batch sheet (%s)', async (layout) => {
    const exporter = { opensIn: 'window' as const, openAsNewWorkbook: jest.fn(async () => undefined) };
    const newWorkbook = jest.fn();
    await expect(openBatchesWorkbook(posted([]), exporter, layout, newWorkbook)).rejects.toThrow(
      new Refusal('NO_BATCH_SHEETS', 'NIGHTLY (posted as of 2026-11-21) has no batch sheets: nothing to export.'),
    );
    expect(newWorkbook).not.toHaveBeenCalled();
    expect(exporter.openAsNewWorkbook).not.toHaveBeenCalled();
  });

  it('stops, naming what opened, what Excel refused and what was not tried, when Excel refuses the 2nd of 3', async () => {
    const exporter = recordingExporter({ at: 2, refusal: new Error('The request payload size has exceeded the limit') });
    await expect(openBatchesWorkbook(posted(['invoices', 'notices', 'drops']), exporter, 'eachBatch')).rejects.toThrow(
      new Refusal(
        'EXPORT_FAILED',
        'Opened NIGHTLY-invoices-2026-11-21.xlsx; Excel did not open NIGHTLY-notices-2026-11-21.xlsx: The request payload size has exceeded the limit.' +
          ' NIGHTLY-drops-2026-11-21.xlsx was not opened. Download them as CSV instead.',
      ),
    );
    expect(exporter.calls).toBe(2);
    expect(exporter.opened.map((bytes) => readBack(bytes).names)).toEqual([['Invoices']]);
  });

  it('names the refused workbook after the ones that opened when Excel refuses the last', async () => {
    const exporter = recordingExporter({ at: 3, refusal: new Error('Pop-up blocked.') });
    await expect(openBatchesWorkbook(posted(['invoices', 'notices', 'drops']), exporter, 'eachBatch')).rejects.toThrow(
      new Refusal(
        'EXPORT_FAILED',
        'Opened NIGHTLY-invoices-2026-11-21.xlsx, NIGHTLY-notices-2026-11-21.xlsx; Excel did not open NIGHTLY-drops-2026-11-21.xlsx: Pop-up blocked.' +
          ' Download them as CSV instead.',
      ),
    );
  });

  it('names every workbook as not opened when Excel refuses the first', async () => {
    const exporter = recordingExporter({ at: 1, refusal: new Error('This operation is not allowed due to the extension hardening policy') });
    await expect(openBatchesWorkbook(posted(['invoices', 'notices', 'drops']), exporter, 'eachBatch')).rejects.toThrow(
      new Refusal(
        'EXPORT_FAILED',
        'Excel did not open NIGHTLY-invoices-2026-11-21.xlsx: This operation is not allowed due to the extension hardening policy.' +
          ' NIGHTLY-notices-2026-11-21.xlsx, NIGHTLY-drops-2026-11-21.xlsx were not opened. Download them as CSV instead.',
      ),
    );
    expect(exporter.calls).toBe(1);
  });

  it('refuses with Excel’s words and a way out when Excel does not open the one workbook', async () => {
    const failing = recordingExporter({ at: 1, refusal: new Error('This operation is not allowed due to the extension hardening policy') });
    await expect(openBatchesWorkbook(posted(['invoices']), failing, 'oneWorkbook')).rejects.toThrow(
      new Refusal(
        'EXPORT_FAILED',
        'Excel did not open the batches as a new workbook: This operation is not allowed due to the extension hardening policy. Download them as CSV instead.',
      ),
    );
  });
});
