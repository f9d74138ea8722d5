import { Refusal } from '../../../app/refusal';
import { createFakeSession, workbookExportsOf } from '../../testing/fakeRunsSession';
import { bankFileChoice } from './bankFileChoice';
import { deliveredWords, type DownloadFile, exportChoices, placeWords } from './exportBatches';

const FILES = [
  { fileName: 'S-invoices-2026-03-01.csv', content: 'a\r\n' },
  { fileName: 'S-notices-2026-03-01.csv', content: 'b\r\n' },
];

describe('exportChoices: the CSV way', () => {
  it('says what it exported when the files were downloads', async () => {
    const session = createFakeSession({ exports: { S: FILES } });
    const onDownload = jest.fn();
    const { main } = exportChoices(session, 'S', onDownload, 'nothing');
    expect(main.label).toBe('Download CSV');
    expect(await main.call()).toBe('Exported S-invoices-2026-03-01.csv, S-notices-2026-03-01.csv.');
    expect(onDownload).toHaveBeenCalledTimes(2);
  });

  it('says where each file went, and how to save them once, when delivered otherwise', async () => {
    const session = createFakeSession({ exports: { S: FILES } });
    const onDownload: DownloadFile = jest.fn(async (fileName: string) => ({ words: `Wrote ${fileName}.`, howTo: 'Save it so.' }));
    onDownload.csvLabel = 'CSV to new sheets';
    const { main } = exportChoices(session, 'S', onDownload, 'nothing');
    expect(main.label).toBe('CSV to new sheets');
    expect(await main.call()).toBe('Wrote S-invoices-2026-03-01.csv. Wrote S-notices-2026-03-01.csv. Save it so.');
  });

  it('rejects with the delivery’s refusal', async () => {
    const session = createFakeSession({ exports: { S: FILES } });
    const { main } = exportChoices(session, 'S', jest.fn().mockRejectedValue(new Error('cannot')), 'nothing');
    await expect(main.call()).rejects.toThrow('cannot');
  });
});

describe('bankFileChoice', () => {
  it('says where the file went when it was no download', async () => {
    const session = createFakeSession({
      bankFiles: { DD: { format: 'nacha', fileName: 'DD.ach', contents: '101', type: 'text/plain', count: 1, total: 80 } },
    });
    expect(await bankFileChoice(session, 'DD', 'nacha', jest.fn()).call()).toBe('Exported DD.ach: 1 debit totalling $80.00.');
    const elsewhere = jest.fn(async () => ({ words: 'Put DD.ach elsewhere.' }));
    expect(await bankFileChoice(session, 'DD', 'nacha', elsewhere).call()).toBe('Put DD.ach elsewhere.');
  });
});

describe('deliveredWords', () => {
  it('lists each place, then each distinct how-to once', () => {
    expect(deliveredWords([{ words: 'A.', howTo: 'H.' }, { words: 'B.', howTo: 'H.' }, { words: 'C.' }])).toBe('A. B. C. H.');
  });
});

describe('exportChoices: new workbooks', () => {
  it('says where the new workbooks show up when the session says', async () => {
    const session = createFakeSession({ workbookExports: { S: workbookExportsOf('S', '2026-03-01', ['invoices', 'notices']) } });
    session.exportWorkbook?.mockResolvedValueOnce({ workbooks: [{ fileName: 'S-batches-2026-03-01.xlsx', sheets: 2 }], opensIn: 'macWindow' });
    const { more } = exportChoices(session, 'S', jest.fn(), 'nothing');
    expect(await more[0].call()).toBe(
      'Opened S-batches-2026-03-01.xlsx in a new workbook (2 sheets). Excel for Mac opens it in a new window that may be behind this one: find it in the Window menu.',
    );
  });

  it('says nothing of the place when the session does not', async () => {
    const session = createFakeSession({ workbookExports: { S: workbookExportsOf('S', '2026-03-01', ['invoices']) } });
    expect(await exportChoices(session, 'S', jest.fn(), 'nothing').main.call()).toBe('Opened S-invoices-2026-03-01.xlsx in a new workbook (1 sheet).');
  });
});

describe('placeWords', () => {
  it.each([
    ['macWindow', 2, 'Excel for Mac opens each in a new window that may be behind this one: find them in the Window menu.'],
    ['browserTab', 1, 'It opens in a new browser tab; if none appeared, allow pop-ups for this site and export again.'],
    ['window', 2, 'Each opens in a new Excel window.'],
  ] as const)('%s, %i workbooks', (place, count, words) => {
    expect(placeWords(place, count)).toBe(words);
  });
});

describe('exportChoices: when Excel does not open a workbook', () => {
  const refusal = new Refusal(
    'EXPORT_FAILED',
    'Excel did not open the batches as a new workbook: There was an internal error while processing the request. Download them as CSV instead.',
  );

  it('runs the CSV way instead and says both what failed and where the batches went', async () => {
    const session = createFakeSession({ exports: { S: FILES }, workbookExports: { S: workbookExportsOf('S', '2026-03-01', ['invoices']) } });
    session.exportWorkbook?.mockRejectedValueOnce(refusal);
    const onDownload: DownloadFile = jest.fn(async (fileName: string) => ({ words: `Wrote ${fileName} to a sheet.` }));
    expect(await exportChoices(session, 'S', onDownload, 'nothing').more[0].call()).toBe(
      'Excel did not open the batches as a new workbook: There was an internal error while processing the request. The CSV export ran instead: Wrote S-invoices-2026-03-01.csv to a sheet. Wrote S-notices-2026-03-01.csv to a sheet.',
    );
    expect(onDownload).toHaveBeenCalledTimes(2);
  });

  it('passes any other refusal on, exporting nothing', async () => {
    const session = createFakeSession({ exports: { S: FILES }, workbookExports: {} });
    const onDownload = jest.fn();
    await expect(exportChoices(session, 'S', onDownload, 'nothing').main.call()).rejects.toThrow('S has no posted batches to export.');
    expect(onDownload).not.toHaveBeenCalled();
  });
});
