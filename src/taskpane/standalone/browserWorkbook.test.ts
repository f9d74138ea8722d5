import { fromYmd, type LocalDate } from '../../engine/dates/localDate';
import { SAMPLE_NIGHTLY_RUN_ID } from '../../workbook/sample/sampleRuns';
import { createDemoWorkbook, downloadName, openWorkbookFile, saveBytesAsDownload, XLSX_MEDIA_TYPE } from './browserWorkbook';

const ASOF = fromYmd(2026, 3, 15) as LocalDate;

jest.setTimeout(60_000);

function sheetText(grids: Awaited<ReturnType<Awaited<ReturnType<typeof createDemoWorkbook>>['readWorkbook']>>, name: string): string[] {
  const sheet = grids.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no ${name} sheet`);
  return sheet.cells.flat().map((cell) => JSON.stringify(cell));
}

describe('createDemoWorkbook', () => {
  it('builds the sample workbook with its NIGHTLY run', async () => {
    const host = await createDemoWorkbook(ASOF);
    const grids = await host.readWorkbook();
    expect(grids.sheets.map((s) => s.name)).toEqual(['Members', 'Products', 'Seasons', 'Mapping', 'Invoices', 'Applications', 'Runs', 'Settings', 'Templates']);
    expect(sheetText(grids, 'Runs').some((text) => text.includes(SAMPLE_NIGHTLY_RUN_ID))).toBe(true);
    expect(grids.sheets.find((s) => s.name === 'Members')!.cells.length).toBeGreaterThan(1000);
  });
});

describe('openWorkbookFile', () => {
  it('opens .xlsx bytes (an ArrayBuffer) as a workbook host', async () => {
    const bytes = (await createDemoWorkbook(ASOF)).toBytes();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const host = await openWorkbookFile(buffer);
    const grids = await host.readWorkbook();
    expect(grids.sheets.map((s) => s.name)).toContain('Runs');
    expect(sheetText(grids, 'Runs').some((text) => text.includes(SAMPLE_NIGHTLY_RUN_ID))).toBe(true);
  });

  it('opens a File the user picked', async () => {
    const bytes = (await createDemoWorkbook(ASOF)).toBytes();
    const file = new File([bytes.slice().buffer as ArrayBuffer], 'members.xlsx', { type: XLSX_MEDIA_TYPE });
    const host = await openWorkbookFile(file);
    expect((await host.readWorkbook()).sheets.length).toBe(9);
  });
});

describe('saveBytesAsDownload', () => {
  const realDocument = (globalThis as { document?: unknown }).document;
  afterEach(() => {
    (globalThis as { document?: unknown }).document = realDocument;
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  it('clicks a temporary <a download> for an object URL of the .xlsx bytes, then revokes it', async () => {
    jest.useFakeTimers();
    const clicked: { href: string; download: string }[] = [];
    const appended: unknown[] = [];
    const link = {
      href: '',
      download: '',
      style: { display: '' },
      click: () => clicked.push({ href: link.href, download: link.download }),
      remove: () => appended.splice(appended.indexOf(link), 1),
    };
    (globalThis as { document?: unknown }).document = {
      createElement: (tag: string) => {
        expect(tag).toBe('a');
        return link;
      },
      body: { appendChild: (node: unknown) => appended.push(node) },
    };
    const blobs: Blob[] = [];
    jest.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/1';
    });
    const revoke = jest.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);

    saveBytesAsDownload(new Uint8Array([80, 75, 3, 4]), 'renewals');

    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'renewals.xlsx' }]);
    expect(appended).toEqual([]);
    expect(blobs[0].type).toBe(XLSX_MEDIA_TYPE);
    expect([...new Uint8Array(await blobs[0].arrayBuffer())]).toEqual([80, 75, 3, 4]);
    expect(revoke).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });

  it.each([
    ['members.xlsx', 'members.xlsx'],
    ['members.XLSX', 'members.XLSX'],
    ['members', 'members.xlsx'],
    ['  ', 'renewal-runs.xlsx'],
  ])('names the download %j → %j', (given, expected) => {
    expect(downloadName(given)).toBe(expected);
  });
});
