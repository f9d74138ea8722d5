import { camt054Xml } from '../../test/fixtures/bankfiles/camt054Fixture';
import { XlsxWorkbookHost } from '../hosts/file/xlsxWorkbookHost';
import { loadSettlements, settlementsOfBook } from './loadSettlements';
import { openBook } from './openBook';
import type { SettlementRows } from './reconcile';
import { sampleHost } from './testing/sampleHost';

const parser = jest.fn(async () => XlsxWorkbookHost);
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('loadSettlements', () => {
  it('reads CSV text cell by cell as text into one sheet named Settlements', async () => {
    const settlements = (await loadSettlements(bytesOf('\uFEFFReference,Amount\r\nTX-1,0012.50\r\n'), 'settled.csv', parser)) as SettlementRows;
    expect(settlements.name).toBe('settled.csv');
    expect(settlements.grid.name).toBe('Settlements');
    expect(settlements.grid.cells[1]).toEqual(['TX-1', '0012.50']);
  });

  it("takes an .xlsx file's Settlements sheet", async () => {
    const host = XlsxWorkbookHost.empty();
    host.replaceSheetSync({ name: 'Notes', rows: [['x']], tableRows: 0, tableColumns: 0, tableName: 'Notes' });
    host.replaceSheetSync({ name: 'Settlements', rows: [['Reference'], ['TX-9']], tableRows: 2, tableColumns: 1, tableName: 'S' });
    const settlements = (await loadSettlements(host.toBytes(), 'settled.xlsx', parser)) as SettlementRows;
    expect(settlements.grid.cells).toEqual([['Reference'], ['TX-9']]);
  });

  it('reads a camt.054 notification by its content as bank transactions, whatever its name', async () => {
    const xml = camt054Xml([
      { direction: 'CRDT', bookingDate: '2026-12-02', transactions: [{ amount: 120, endToEndId: 'INV-000001-1', reference: 'BANK-1' }] },
    ]);
    const unused = jest.fn(async () => XlsxWorkbookHost);
    const settlements = await loadSettlements(bytesOf(xml), 'statement.csv', unused);
    expect(settlements).toMatchObject({
      name: 'statement.csv',
      format: 'camt.054',
      transactions: [{ kind: 'credit', endToEndId: 'INV-000001-1', amount: 120 }],
    });
    expect(unused).not.toHaveBeenCalled();
  });

  it('refuses a bank file that is not well-formed, naming what broke', async () => {
    const broken = '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn><GrpHdr></Ntfctn>';
    await expect(loadSettlements(bytesOf(broken), 'camt.xml', parser)).rejects.toMatchObject({ code: 'UNREADABLE_BANK_FILE' });
  });

  it.each([
    ['a text file', bytesOf('a,b'), 'settled.txt', 'UNSUPPORTED_FILE', 'settled.txt is neither an Excel workbook (.xlsx) nor a .csv file.'],
    ['PK bytes that are no zip file', bytesOf('PK!?'), 'x.xlsx', 'UNREADABLE_WORKBOOK', 'x.xlsx is not an Excel workbook (.xlsx).'],
  ])('refuses %s', async (_label, bytes, name, code, message) => {
    await expect(loadSettlements(bytes, name, parser)).rejects.toMatchObject({ code, message });
  });

  it("refuses UNREADABLE_WORKBOOK with SheetJS's words when a zip file is no workbook", async () => {
    const refusal = await loadSettlements(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9, 9]), 'broken.xlsx', parser).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'UNREADABLE_WORKBOOK', message: expect.stringMatching(/^broken\.xlsx could not be read as an Excel workbook: /) });
    expect((refusal as { details: string[] }).details).toHaveLength(1);
  });
});

describe('settlementsOfBook', () => {
  it('refuses NO_SETTLEMENTS when the book has no such sheet', async () => {
    const book = await openBook(sampleHost());
    expect(() => settlementsOfBook(book, 'Nope')).toThrow(expect.objectContaining({ code: 'NO_SETTLEMENTS', message: "This workbook has no sheet 'Nope'." }));
  });
});
