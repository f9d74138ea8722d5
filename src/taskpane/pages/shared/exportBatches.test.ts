import { createFakeSession } from '../../testing/fakeRunsSession';
import { bankFileChoice } from './bankFileChoice';
import { deliveredWords, type DownloadFile, exportChoices } from './exportBatches';

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
