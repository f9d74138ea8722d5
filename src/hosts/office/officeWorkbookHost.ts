/// <reference types="office-js" />
import type { CellWrite } from '../../workbook/edit/cellWrite';
import type { SheetWrite } from '../../workbook/outputGrid';
import type { WorkbookGrids } from '../../workbook/sheetGrid';
import type { WorkbookHost } from '../workbookHost';
import { EXCEL_WEB_LIMITS, ExcelBatchRun, ExcelRun, OfficeLimits, withRunOptions } from './excelRun';
import { dateSystemOf, probeDateSystem } from './dateSystemProbe';
import { readSheets } from './readSheets';
import { sheetWrites } from './sheetWrites';
import { groupBlocks, WriteBlock, writeBlocks } from './writeBlocks';

/** Points per character of a column width (Calibri 11's average digit, as Excel measures). */
const POINTS_PER_CHARACTER = 7;

/**
 * The Office host: a live workbook through the Excel JavaScript API, behind the same
 * WorkbookHost interface as the file host (SPEC §7). Reads each sheet's used range in chunked
 * requests; writes whole 2-D blocks, chunked so no request exceeds the payload or cell limits,
 * text formats before text values (so `=…` is never a formula), values before date formats,
 * and tables from written ranges. The number of syncs depends on the chunk count only.
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
      const old = context.workbook.worksheets.getItemOrNullObject(sheet.name);
      old.load('position'); // isNullObject is readable after the sync itself
      await context.sync();
      const position = old.isNullObject ? null : old.position;
      if (!old.isNullObject) old.delete();
      const added = context.workbook.worksheets.add(sheet.name);
      if (position !== null) added.position = position;
      const blocks = writeBlocks(sheetWrites(sheet), date1904, this.limits);
      await this.writeGroups(context, blocks);
      const ws = context.workbook.worksheets.getItem(sheet.name);
      if (sheet.tableRows > 0 && sheet.tableColumns > 0) {
        const table = ws.tables.add(ws.getRangeByIndexes(0, 0, sheet.tableRows, sheet.tableColumns), true);
        table.name = sheet.tableName;
        ws.freezePanes.freezeRows(1);
      }
      (sheet.columnWidths ?? []).forEach((width, column) => {
        ws.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
      });
      await context.sync();
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
      const old = context.workbook.worksheets.getItemOrNullObject(shape.name);
      old.load('position'); // isNullObject is readable after the sync itself
      await context.sync();
      const position = old.isNullObject ? null : old.position;
      if (!old.isNullObject) old.delete();
      const added = context.workbook.worksheets.add(shape.name);
      if (position !== null) added.position = position;
      for await (const group of groups) await this.writeGroups(context, group);
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
    });
  }

  private async dateSystem(context: Excel.RequestContext): Promise<boolean> {
    if (this.date1904 !== null) return this.date1904;
    const epoch = probeDateSystem(context);
    await context.sync();
    this.date1904 = dateSystemOf(epoch.value, epoch.error);
    return this.date1904;
  }

  /**
   * Writes blocks, one sync per group: calculation suspended, then text formats, values, and
   * date formats — values before formats, except that text must be text before it is written.
   */
  private async writeGroups(context: Excel.RequestContext, blocks: WriteBlock[]): Promise<void> {
    for (const group of groupBlocks(blocks, this.limits)) {
      context.application.suspendApiCalculationUntilNextSync();
      // One worksheet proxy per sheet and one range proxy per block: every proxy is part of the request.
      const sheets = new Map<string, Excel.Worksheet>();
      const ranges = group.map((b) => {
        let ws = sheets.get(b.sheet);
        if (!ws) sheets.set(b.sheet, (ws = context.workbook.worksheets.getItem(b.sheet)));
        return ws.getRangeByIndexes(b.row0, b.column0, b.values.length, b.values[0].length);
      });
      group.forEach((b, i) => {
        if (b.textFormats) ranges[i].numberFormat = b.textFormats as string[][];
      });
      group.forEach((b, i) => {
        ranges[i].values = b.values as (string | number | boolean)[][];
      });
      group.forEach((b, i) => {
        if (b.dateFormats) ranges[i].numberFormat = b.dateFormats as string[][];
      });
      await context.sync();
    }
  }
}
