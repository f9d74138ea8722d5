/// <reference types="office-js" />
import type { CellWrite } from '../../workbook/edit/cellWrite';
import type { SheetWrite } from '../../workbook/outputGrid';
import type { WorkbookGrids } from '../../workbook/sheetGrid';
import type { WorkbookHost } from '../workbookHost';
import { EXCEL_WEB_LIMITS, ExcelBatchRun, ExcelRun, OfficeLimits, withRunOptions } from './excelRun';
import { dateSystemOf, probeDateSystem } from './dateSystemProbe';
import { readSheets, type RowsReceiver } from './readSheets';
import { sheetWrites } from './sheetWrites';
import { withNumberFormatFixes } from './numberFormatFixes';
import { writeBlockGroup } from './writeBlockGroup';
import { groupBlocks, settledBlock, WriteBlock, writeBlocks } from './writeBlocks';

/** Points per character of a column width (Calibri 11's average digit, as Excel measures). */
const POINTS_PER_CHARACTER = 7;

/**
 * The Office host: a live workbook through the Excel JavaScript API, behind the same
 * WorkbookHost interface as the file host (SPEC §7). Reads each sheet's used range in chunked
 * requests; writes whole 2-D blocks, chunked so no request exceeds the payload or cell limits
 * (split and retried if Excel refuses one), each cell's format before its value (so `=…` is
 * never a formula and a number never lands in a `@` cell), and tables from written ranges. The number of syncs depends on the chunk count only.
 *
 * @example
 * const host = new OfficeWorkbookHost((options, batch) => Excel.run(options, batch));
 * const grids = await host.readWorkbook();
 */
export class OfficeWorkbookHost implements WorkbookHost {
  private date1904: boolean | null = null;
  /** Every batch goes through `RUN_OPTIONS` (delayForCellEdit). */
  private readonly run: ExcelBatchRun;

  constructor(
    run: ExcelRun,
    private readonly limits: OfficeLimits = EXCEL_WEB_LIMITS,
  ) {
    this.run = withRunOptions(run);
  }

  async readWorkbook(): Promise<WorkbookGrids> {
    const grids = await readSheets(this.run, this.limits);
    this.date1904 = grids.date1904;
    return grids;
  }

  /**
   * {@link readWorkbook} with each sync's rows handed to `onRows` as they arrive, not kept: the
   * grids come back with the outline only (names, positions, date system).
   *
   * @example
   * const outline = await host.readWorkbookInParts((sheet, rows) => post(sheet, rows));
   */
  async readWorkbookInParts(onRows: RowsReceiver): Promise<WorkbookGrids> {
    const grids = await readSheets(this.run, this.limits, onRows);
    this.date1904 = grids.date1904;
    return grids;
  }

  async writeCells(writes: readonly CellWrite[]): Promise<void> {
    if (writes.length === 0) return;
    await this.run(async (context) => {
      const date1904 = await this.dateSystem(context);
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const existing = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      for (const name of new Set(writes.map((w) => w.sheet))) {
        if (!existing.has(name.toLowerCase())) sheets.add(name);
      }
      await this.writeGroups(context, writeBlocks(writes, date1904, this.limits));
    });
  }

  async replaceSheet(sheet: SheetWrite): Promise<void> {
    await this.run(async (context) => {
      const date1904 = await this.dateSystem(context);
      await this.addInPlaceOf(context, sheet.name);
      await this.writeGroups(context, writeBlocks(sheetWrites(sheet), date1904, this.limits, true), true);
      await this.finishSheet(context, sheet);
    });
  }

  async deleteSheet(name: string): Promise<void> {
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load('name'); // isNullObject is readable after the sync itself
      await context.sync();
      if (sheet.isNullObject) return;
      sheet.delete();
      await context.sync();
    });
  }

  /** Excel shows what is selected. */
  readonly selectsRows = true;

  /** Selects a row of a sheet (the task pane's "go to this item"). */
  async selectRow(sheet: string, row: number, columns: number): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRangeByIndexes(row - 1, 0, 1, Math.max(1, columns)).select();
      await context.sync();
    });
  }

  /**
   * The workbook's date system (known from the last read, else probed): what a session in a
   * worker needs to turn dates into serials when it makes the blocks itself.
   *
   * @example
   * const date1904 = await host.readDateSystem(); // false for the 1900 system
   */
  async readDateSystem(): Promise<boolean> {
    return this.run((context) => this.dateSystem(context));
  }

  /**
   * {@link writeCells} with the blocks already made (writeBlocks, groupBlocks; in the session
   * worker): `sheets` are created where missing, then each group is written in a sync of its own
   * as it arrives, so the pane's thread only applies blocks and never plans them.
   *
   * @example
   * await host.writePlannedBlocks(['Invoices'], groupsFromTheWorker);
   */
  async writePlannedBlocks(sheets: readonly string[], groups: AsyncIterable<WriteBlock[]>): Promise<void> {
    await this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      await context.sync();
      const existing = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
      for (const name of new Set(sheets)) {
        if (!existing.has(name.toLowerCase())) worksheets.add(name);
      }
      for await (const group of groups) await this.writeGroups(context, group);
      await context.sync(); // the added sheets, when no group followed
    });
  }

  /**
   * {@link replaceSheet} with the sheet's cells as blocks already made (in the session worker):
   * the sheet is replaced in its place, each group written in a sync of its own as it arrives,
   * then the table, frozen header and column widths of `shape`.
   *
   * @example
   * await host.replaceSheetWithBlocks({ name: 'Preview NIGHTLY', tableName: 'Preview_NIGHTLY', tableRows: 2, tableColumns: 9 }, groups);
   */
  async replaceSheetWithBlocks(shape: Omit<SheetWrite, 'rows'>, groups: AsyncIterable<WriteBlock[]>): Promise<void> {
    await this.run(async (context) => {
      await this.addInPlaceOf(context, shape.name);
      for await (const group of groups) await this.writeGroups(context, group, true);
      await this.finishSheet(context, shape);
    });
  }

  /** Deletes the sheet `name` if there is one and adds an empty one of that name at its tab position. */
  private async addInPlaceOf(context: Excel.RequestContext, name: string): Promise<void> {
    const old = context.workbook.worksheets.getItemOrNullObject(name);
    old.load('position'); // isNullObject is readable after the sync itself
    await context.sync();
    const position = old.isNullObject ? null : old.position;
    if (!old.isNullObject) old.delete();
    const added = context.workbook.worksheets.add(name);
    if (position !== null) added.position = position;
  }

  /** A written sheet's table from the written range, frozen header row and column widths. */
  private async finishSheet(context: Excel.RequestContext, shape: Omit<SheetWrite, 'rows'>): Promise<void> {
    const ws = context.workbook.worksheets.getItem(shape.name);
    if (shape.tableRows > 0 && shape.tableColumns > 0) {
      const table = ws.tables.add(ws.getRangeByIndexes(0, 0, shape.tableRows, shape.tableColumns), true);
      table.name = shape.tableName;
      ws.freezePanes.freezeRows(1);
    }
    (shape.columnWidths ?? []).forEach((width, column) => {
      ws.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
    });
    await context.sync();
  }

  private async dateSystem(context: Excel.RequestContext): Promise<boolean> {
    if (this.date1904 !== null) return this.date1904;
    const epoch = probeDateSystem(context);
    await context.sync();
    this.date1904 = dateSystemOf(epoch.value, epoch.error);
    return this.date1904;
  }

  /**
   * Writes blocks, one sync per group (writeBlockGroup.ts). On a sheet that already has cells,
   * the number cells' formats are read first, so a number never lands in a `@` cell; a sheet
   * the host has just added has none.
   */
  private async writeGroups(context: Excel.RequestContext, blocks: WriteBlock[], freshSheet = false): Promise<void> {
    const ready = freshSheet ? blocks.map((b) => (b.numberCells ? settledBlock(b, b.formats) : b)) : await withNumberFormatFixes(context, blocks, this.limits);
    for (const group of groupBlocks(ready, this.limits)) await writeBlockGroup(context, group);
  }
}
