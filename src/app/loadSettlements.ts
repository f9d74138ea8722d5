import type { WorkbookGrids } from '../workbook/sheetGrid';
import { findSheet } from '../workbook/schema/findSheet';
import type { OpenedBook } from './openBook';
import { Refusal } from './refusal';
import type { SettlementRows, Settlements } from './reconcile';
import { readBankFile } from '../workbook/bankfiles/returns/readBankFile';

/** The part of the file host's class that reads files: `XlsxWorkbookHost` itself. */
export interface SpreadsheetParser {
  fromBytes(bytes: Uint8Array): { readWorkbookSync(): WorkbookGrids };
  fromCsvText(text: string): { readWorkbookSync(): WorkbookGrids };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * A settlements file read by its content: a bank's camt.054/camt.053 XML or NACHA return file
 * (SPEC §10) as its transactions; else (SPEC §3.8) as the Settlements grid: an .xlsx workbook (its `Settlements`
 * sheet, else its first), or CSV text read cell by cell as text, its one sheet named
 * Settlements. `parser` is loaded on demand (the pane keeps SheetJS out of its initial bundle).
 * Refuses `UNREADABLE_BANK_FILE` for a bank file that is broken (not well-formed XML),
 * `UNREADABLE_WORKBOOK` (`details`: SheetJS's words, none when the bytes are not even a
 * zip file), `UNSUPPORTED_FILE` for anything but .xlsx or .csv, `NO_SETTLEMENTS` for no sheet.
 *
 * @example
 * const settlements = await loadSettlements(bytes, 'settled.csv', async () => XlsxWorkbookHost);
 */
export async function loadSettlements(bytes: Uint8Array, name: string, parser: () => Promise<SpreadsheetParser>): Promise<Settlements> {
  const bank = readBankFile(bytes);
  if (bank.kind === 'bank') return { name, format: bank.format, transactions: bank.transactions };
  if (bank.kind === 'unreadable')
    throw new Refusal('UNREADABLE_BANK_FILE', `${name} looks like a ${bank.format} bank file but cannot be read: ${bank.problem}`, [bank.problem]);
  const grids = await readGrids(bytes, name, parser);
  const grid = findSheet(grids, 'Settlements') ?? grids.sheets[0] ?? null;
  if (grid === null) throw new Refusal('NO_SETTLEMENTS', `${name} has no sheet of settlements.`);
  return { grid, name, date1904: grids.date1904 };
}

/**
 * The book's own settlements sheet (the pane's choice, or the CLI's `Settlements`), or a
 * `NO_SETTLEMENTS` refusal.
 *
 * @example
 * settlementsOfBook(book, 'Settlements').name // → 'Settlements'
 */
export function settlementsOfBook(book: OpenedBook, sheetName: string): SettlementRows {
  const grid = findSheet(book.grids, sheetName);
  if (grid === null) throw new Refusal('NO_SETTLEMENTS', `This workbook has no sheet '${sheetName}'.`);
  return { grid, name: grid.name, date1904: book.grids.date1904 };
}

async function readGrids(bytes: Uint8Array, name: string, parser: () => Promise<SpreadsheetParser>): Promise<WorkbookGrids> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new Refusal('UNREADABLE_WORKBOOK', `${name} is not an Excel workbook (.xlsx).`);
    const { fromBytes } = await parser();
    try {
      return fromBytes(bytes).readWorkbookSync();
    } catch (e) {
      const cause = e instanceof Error ? e.message : String(e);
      throw new Refusal('UNREADABLE_WORKBOOK', `${name} could not be read as an Excel workbook: ${cause}`, [cause]);
    }
  }
  if (!/\.csv$/i.test(name)) throw new Refusal('UNSUPPORTED_FILE', `${name} is neither an Excel workbook (.xlsx) nor a .csv file.`);
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const grids = (await parser()).fromCsvText(text).readWorkbookSync();
  const sheet = grids.sheets[0];
  return { sheets: sheet ? [{ ...sheet, name: 'Settlements' }] : [], date1904: false };
}
