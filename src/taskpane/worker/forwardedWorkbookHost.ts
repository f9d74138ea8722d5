import { EXCEL_WEB_LIMITS, type OfficeLimits } from '../../hosts/office/excelRun';
import { sheetWrites } from '../../hosts/office/sheetWrites';
import { groupBlocks, writeBlocks } from '../../hosts/office/writeBlocks';
import type { WorkbookHost } from '../../hosts/workbookHost';
import type { CellWrite } from '../../workbook/edit/cellWrite';
import type { SheetWrite } from '../../workbook/outputGrid';
import type { WorkbookGrids } from '../../workbook/sheetGrid';
import type { HostLink } from './hostLink';
import type { GridsOutline, SheetShape } from './hostProtocol';

/**
 * The Excel workbook as the session worker sees it (Excel mode): a WorkbookHost whose reads and
 * writes the pane performs through its Office host, since Office.js runs only there. The worker
 * does the work that scales with the rows: it turns cell writes and whole sheets into the Office
 * host's blocks and sync groups (writeBlocks, groupBlocks) and sends one group per message, so
 * the pane only applies them; a read arrives in row slices (see servePaneHost). The date system
 * comes with every read; before any read it is asked for once.
 *
 * @example
 * const host = new ForwardedWorkbookHost(link);
 * const session = new HostRunsSession(host, () => new Date());
 */
export class ForwardedWorkbookHost implements WorkbookHost {
  private date1904: boolean | null = null;
  readonly selectsRows = true;

  constructor(
    private readonly link: HostLink,
    private readonly limits: OfficeLimits = EXCEL_WEB_LIMITS,
  ) {}

  async readWorkbook(): Promise<WorkbookGrids> {
    const { value, rows } = await this.link.call('readWorkbook', []);
    const outline = value as GridsOutline;
    this.date1904 = outline.date1904;
    return { date1904: outline.date1904, sheets: outline.sheets.map((sheet, i) => ({ ...sheet, cells: rows[i] ?? [] })) };
  }

  async writeCells(writes: readonly CellWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const blocks = writeBlocks(writes, await this.dateSystem(), this.limits);
    const sheets = [...new Set(writes.map((w) => w.sheet))];
    await this.link.call('writeBlocks', [sheets], groupBlocks(blocks, this.limits));
  }

  async replaceSheet(sheet: SheetWrite): Promise<void> {
    const blocks = writeBlocks(sheetWrites(sheet), await this.dateSystem(), this.limits, true);
    const shape: SheetShape = { name: sheet.name, tableName: sheet.tableName, tableRows: sheet.tableRows, tableColumns: sheet.tableColumns };
    if (sheet.columnWidths) shape.columnWidths = sheet.columnWidths;
    await this.link.call('replaceSheet', [shape], groupBlocks(blocks, this.limits));
  }

  async deleteSheet(name: string): Promise<void> {
    await this.link.call('deleteSheet', [name]);
  }

  async selectRow(sheet: string, row: number, columns: number): Promise<void> {
    await this.link.call('selectRow', [sheet, row, columns]);
  }

  private async dateSystem(): Promise<boolean> {
    this.date1904 ??= (await this.link.call('dateSystem', [])).value as boolean;
    return this.date1904;
  }
}
