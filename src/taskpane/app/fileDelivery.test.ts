import { createExcelModel } from '../../../test/excelModel/excelModel';
import type { ExcelRun } from '../../hosts/office/excelRun';
import { createTextSheetWriter } from '../../hosts/office/textSheetWriter';
import { isoDate } from '../../engine/dates/isoDate';
import { batchCsv } from '../../workbook/export/batchCsv';
import { DOWNLOAD_DELIVERY, fileDeliveryFor, sheetDelivery } from './fileDelivery';

function macDelivery() {
  const model = createExcelModel();
  model.addSheet('Runs', [['Run ID']]);
  const writer = createTextSheetWriter(model.run.bind(model) as unknown as ExcelRun);
  return { model, delivery: sheetDelivery(writer, 'Excel for Mac') };
}

const CSV = batchCsv({
  kind: 'invoices',
  headers: ['Member ID', 'Name', 'Due', 'Amount', 'Currency'],
  rows: [['M1', '=HYPERLINK("http://x")', { date: isoDate('2026-11-21') }, 120, 'USD']],
  dateColumns: [2],
  amountColumn: 3,
});

describe('sheetDelivery', () => {
  it('writes a CSV file into a new sheet named after it, neutralised fields still neutralised, and says where', async () => {
    const { model, delivery } = macDelivery();
    const where = await delivery.text('NIGHTLY-invoices-2026-11-21.csv', CSV);
    expect(model.values('NIGHTLY-invoices-2026-11-21')).toEqual([
      ['Member ID', 'Name', 'Due', 'Amount', 'Currency'],
      ['M1', `'=HYPERLINK("http://x")`, '2026-11-21', '120', 'USD'],
      ['Total', '1', '', '120', 'USD'],
    ]);
    expect(where).toEqual({
      words: 'Wrote NIGHTLY-invoices-2026-11-21.csv to the new sheet “NIGHTLY-invoices-2026-11-21”.',
      howTo: expect.stringContaining('File > Save As… > CSV UTF-8'),
    });
    expect(delivery.text.csvLabel).toBe('CSV to new sheets');
  });

  it('names a second export of the same batch apart', async () => {
    const { delivery } = macDelivery();
    await delivery.text('N-invoices-2026-11-21.csv', CSV);
    expect(await delivery.text('N-invoices-2026-11-21.csv', CSV)).toMatchObject({ words: expect.stringContaining('“N-invoices-2026-11-21 (2)”') });
  });

  it('refuses a file that is no CSV, naming where it can be downloaded, and writes nothing', async () => {
    const { model, delivery } = macDelivery();
    await expect(delivery.text('DD-payments-2026-11-21.xml', '<Document/>', 'application/xml')).rejects.toThrow(
      'Excel for Mac does not let add-ins save files, so DD-payments-2026-11-21.xml cannot be saved here',
    );
    expect(model.sheetNames()).toEqual(['Runs']);
    expect(delivery.bytesRefusal('N-emails.zip')).toContain('N-emails.zip cannot be saved here');
  });
});

describe('fileDeliveryFor', () => {
  it('downloads where blob downloads work and makes no sheet writer', () => {
    const writer = jest.fn();
    for (const platform of ['web', 'windows', 'browser'] as const) expect(fileDeliveryFor(platform, writer)).toBe(DOWNLOAD_DELIVERY);
    expect(writer).not.toHaveBeenCalled();
    expect(DOWNLOAD_DELIVERY.bytesRefusal('x.zip')).toBeNull();
  });

  it('writes sheets on Mac and iPad, naming the Excel', () => {
    const writer = { addTextSheet: jest.fn() };
    expect(fileDeliveryFor('mac', () => writer).bytesRefusal('x.zip')).toMatch(/^Excel for Mac /);
    expect(fileDeliveryFor('ipad', () => writer).bytesRefusal('x.zip')).toMatch(/^Excel on iPad /);
  });
});
