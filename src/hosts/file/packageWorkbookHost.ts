import { dateToSerial } from '../../workbook/cells/excelSerial';
import type { CellWrite } from '../../workbook/edit/cellWrite';
import { isDateCell, type OutputCell, type SheetWrite } from '../../workbook/outputGrid';
import type { Cell, CellSelection, SheetGrid, WorkbookGrids } from '../../workbook/sheetGrid';
import { headerKey } from '../../workbook/schema/headerKey';
import { SCHEMA_SHEETS } from '../../workbook/schema/schemaSheets';
import { Refusal } from '../refusal';
import type { WorkbookHost } from '../workbookHost';
import { emptyPackageBytes } from './package/emptyPackage';
import { InflateBudget } from './package/inflateBudget';
import { openPackage } from './package/openPackage';
import type { PackageCodecs } from './package/packageCodecs';
import { lazySheetGrid } from './package/lazySheetGrid';
import { EXCEL_LIMITS, type OpenedPackage, type SheetEdit, type SheetPart } from './package/packageModel';
import { readSheetGrid, readSheetGridStreaming } from './package/readSheetGrid';
import { savePackage, savePackagePiecesAsync } from './package/savePackage';
import type { ZipPiece } from './package/writeZip';
import type { ByteSource } from './package/byteSource';

/**
 * The file host over an .xlsx package read part by part (SPEC §8): sheets are parsed once into
 * grids of the cells really present; every edit is logged as a {@link SheetEdit}, which `toBytes`
 * hands to `savePackage` to patch only what changed, and applied to those grids so a later read
 * sees it (cell writes when the grids are next read: saving needs only the log). Runs in Node
 * and in the browser's worker.
 *
 * @example
 * const host = PackageWorkbookHost.fromBytes(bytes, nodeCodecs()); // in Node; without codecs in the browser
 * const grids = await host.readWorkbook();
 * await host.replaceSheet(preview);
 * const saved = host.toBytes();
 */
export class PackageWorkbookHost implements WorkbookHost {
  private grids: SheetGrid[] | null = null;
  private readonly log: SheetEdit[] = [];
  /**
   * Cell writes logged but not applied to the grids yet: they are applied when the grids are
   * next read (or a sheet they touch is replaced or deleted), so a command that only saves
   * after writing — a CLI post's quarter of a million cells — never copies rows to apply them.
   */
  private pending: (readonly CellWrite[])[] = [];
  /** The sheets (lower case) `pending` writes to. */
  private readonly pendingSheets = new Set<string>();
  /** The package sheet behind each grid read on demand (a grid replaced or created has none). */
  private readonly partOf = new WeakMap<SheetGrid, SheetPart>();
  /** Cells of package sheets read ahead, by selection ({@link readAhead}). */
  private readonly readAheads = new Map<SheetPart, Map<CellSelection, SheetGrid>>();

  /**
   * Words a refusal met after opening (a sheet read on demand that cannot be read) as the
   * opener words its own, e.g. naming the file; as it is unless set.
   */
  onLateRefusal: (e: unknown) => unknown = (e) => e;

  constructor(
    readonly pkg: OpenedPackage,
    private readonly budget: InflateBudget,
  ) {}

  /**
   * Opens .xlsx bytes; refuses (a `Refusal`) encrypted, non-.xlsx, corrupt and oversized files.
   * `codecs` inflate, deflate and checksum its parts (portable fflate ones unless given; in Node
   * pass `nodeCodecs()` from `./nodeCodecs`, 2–3× faster).
   */
  static fromBytes(bytes: Uint8Array | ByteSource, codecs: PackageCodecs = {}): PackageWorkbookHost {
    const budget = new InflateBudget(EXCEL_LIMITS.maxInflatedBytes);
    return new PackageWorkbookHost(openPackage(bytes, EXCEL_LIMITS, budget, codecs), budget);
  }

  /** A new workbook without sheets, saved with `codecs` (see {@link fromBytes}). */
  static empty(codecs: PackageCodecs = {}): PackageWorkbookHost {
    return PackageWorkbookHost.fromBytes(emptyPackageBytes(), codecs);
  }

  get date1904(): boolean {
    return this.pkg.date1904;
  }

  /** The edits made so far, in order. */
  get edits(): readonly SheetEdit[] {
    return this.log;
  }

  /**
   * The worksheets, each parsed once and then served from memory. The sheets of SPEC §2
   * (Members, Invoices, Runs…) are parsed now, streamed ({@link readSheetGridStreaming}: in Node
   * the next chunk inflates on another thread while this one is read); every other sheet (the
   * Journal, batch sheets, previews, the staff's own sheets) only when its cells are first asked
   * for ({@link lazySheetGrid}), so a command never parses a sheet it does not use.
   */
  async readWorkbook(): Promise<WorkbookGrids> {
    if (!this.grids) {
      const grids: SheetGrid[] = [];
      for (const sheet of this.worksheets())
        grids.push(isSchemaSheet(sheet.name) ? await readSheetGridStreaming(this.pkg, sheet, this.budget) : this.lazy(sheet));
      this.grids ??= grids;
    }
    this.applyPending();
    return { sheets: [...this.grids], date1904: this.date1904 };
  }

  /** {@link readWorkbook} without the promise (the sheets of SPEC §2 read whole, the rest on demand). */
  readWorkbookSync(): WorkbookGrids {
    this.applyPending();
    return { sheets: [...this.read()], date1904: this.date1904 };
  }

  /** The grids as read, without applying pending writes. */
  private read(): SheetGrid[] {
    this.grids ??= this.worksheets().map((s) => (isSchemaSheet(s.name) ? readSheetGrid(this.pkg, s, this.budget) : this.lazy(s)));
    return this.grids;
  }

  private worksheets(): SheetPart[] {
    return this.pkg.sheets.filter((s) => s.path !== null);
  }

  private lazy(sheet: SheetPart): SheetGrid {
    const read = (select?: CellSelection): SheetGrid => {
      const ahead = select && this.readAheads.get(sheet)?.get(select);
      if (ahead) return ahead;
      try {
        // A part read in part may be read whole later: its first read does not charge the
        // package's budget (no part inflates past the size it declares, and those sizes were
        // checked against the limit when the file was opened).
        const budget = select ? new InflateBudget(EXCEL_LIMITS.maxInflatedBytes) : this.budget;
        return readSheetGrid(this.pkg, sheet, budget, EXCEL_LIMITS, select);
      } catch (e) {
        throw this.onLateRefusal(e);
      }
    };
    const grid = lazySheetGrid(sheet.name, () => read(), read);
    this.partOf.set(grid, sheet);
    return grid;
  }

  /**
   * Reads ahead the cells of `name` that `selection` keeps, streamed: the part inflates on
   * another thread while it is scanned, and is never held whole (post reads the Key and Include
   * columns of its preview so). Only for a sheet of the file not read yet nor replaced; a sheet
   * it cannot read is left to be refused when it is read.
   *
   * @example
   * await host.readAhead('Preview NIGHTLY', PREVIEW_REVIEW_CELLS);
   */
  async readAhead(name: string, selection: CellSelection): Promise<void> {
    const grid = this.read().find((g) => sameName(g.name, name));
    const sheet = grid && this.partOf.get(grid);
    if (!sheet || this.readAheads.get(sheet)?.has(selection)) return;
    let part: SheetGrid;
    try {
      // As the first read of a part read in part: not charged to the package's budget (see `lazy`).
      part = await readSheetGridStreaming(this.pkg, sheet, new InflateBudget(EXCEL_LIMITS.maxInflatedBytes), EXCEL_LIMITS, selection);
    } catch {
      return;
    }
    const aheads = this.readAheads.get(sheet) ?? new Map<CellSelection, SheetGrid>();
    aheads.set(selection, part);
    this.readAheads.set(sheet, aheads);
  }

  async replaceSheet(sheet: SheetWrite): Promise<void> {
    this.replaceSheetSync(sheet);
  }

  /** {@link replaceSheet} without the promise. */
  replaceSheetSync(sheet: SheetWrite): void {
    let width = 0;
    for (const row of sheet.rows) if (row.length > width) width = row.length;
    checkInGrid(sheet.name, sheet.rows.length, width);
    const grids = this.loaded(sheet.name);
    // As read cells only when something reads the sheet again (a CLI preview never does: the
    // 1,000,000-membership preview's 195,000 rows are not copied into a second grid).
    const grid = lazySheetGrid(sheet.name, () => ({
      name: sheet.name,
      cells: sheet.rows.map((row) => row.map((cell) => this.toCell(cell))),
      firstRow: 1,
      firstColumn: 1,
    }));
    const index = grids.findIndex((g) => sameName(g.name, sheet.name));
    if (index >= 0) grids[index] = grid;
    else grids.push(grid);
    this.log.push({ kind: 'replace', sheet });
  }

  async writeCells(writes: readonly CellWrite[]): Promise<void> {
    this.writeCellsSync(writes);
  }

  /** {@link writeCells} without the promise: checked now, applied to the grids when they are next read. */
  writeCellsSync(writes: readonly CellWrite[]): void {
    for (const w of writes) checkInGrid(w.sheet, w.row, w.column);
    const grids = this.read();
    const logged = [...writes];
    this.pending.push(logged);
    let last = '';
    for (const w of logged) {
      if (w.sheet === last) continue;
      last = w.sheet;
      const key = w.sheet.toLowerCase();
      if (this.pendingSheets.has(key)) continue;
      this.pendingSheets.add(key);
      // A sheet the writes create takes its place among the sheets now, as when applied at once.
      if (!grids.some((g) => sameName(g.name, w.sheet))) grids.push({ name: w.sheet, cells: [], firstRow: 1, firstColumn: 1 });
    }
    this.log.push({ kind: 'cells', writes: logged });
  }

  /** Applies the pending cell writes to the grids, in order. */
  private applyPending(): void {
    if (this.pending.length === 0) return;
    const grids = this.read();
    const pending = this.pending;
    this.pending = [];
    this.pendingSheets.clear();
    for (const writes of pending) this.applyWrites(grids, writes);
  }

  private applyWrites(grids: SheetGrid[], writes: readonly CellWrite[]): void {
    // Copy on write: grids handed out by an earlier read keep what they held.
    const copied = new Set<SheetGrid | Cell[]>();
    // Each sheet name is looked up once per call, not once per write (a post writes 100k+ cells).
    const indexByName = new Map<string, number>();
    for (const w of writes) {
      let index = indexByName.get(w.sheet);
      if (index === undefined) {
        index = grids.findIndex((g) => sameName(g.name, w.sheet));
        if (index < 0) index = grids.push({ name: w.sheet, cells: [], firstRow: 1, firstColumn: 1 }) - 1;
        indexByName.set(w.sheet, index);
      }
      if (!copied.has(grids[index])) {
        grids[index] = { ...grids[index], cells: grids[index].cells.slice() };
        copied.add(grids[index]);
      }
      setCell(grids[index], w.row, w.column, this.toCell(w.value), copied);
    }
  }

  async deleteSheet(name: string): Promise<void> {
    this.deleteSheetSync(name);
  }

  /** {@link deleteSheet} without the promise. */
  deleteSheetSync(name: string): void {
    const grids = this.loaded(name);
    const index = grids.findIndex((g) => sameName(g.name, name));
    if (index < 0) return;
    grids.splice(index, 1);
    this.log.push({ kind: 'delete', sheetName: name });
  }

  /** Nothing to select in a file nobody is looking at. */
  readonly selectsRows = false;

  /** Does nothing: see {@link selectsRows}. */
  async selectRow(_sheet: string, _row: number, _columns: number): Promise<void> {}

  /** The package with every edit applied, as .xlsx bytes. */
  toBytes(): Uint8Array {
    return savePackage(this.pkg, this.log);
  }

  /**
   * {@link toBytes} as pieces to write one after another: untouched parts are not copied, and
   * (with Node's codecs) big parts are deflated on the thread pool while the next is made.
   */
  async toPieces(): Promise<ZipPiece[]> {
    return savePackagePiecesAsync(this.pkg, this.log);
  }

  /** The grids, with the pending writes applied first when some go to `sheet` (whose grid is about to change wholesale). */
  private loaded(sheet: string): SheetGrid[] {
    if (this.pendingSheets.has(sheet.toLowerCase())) this.applyPending();
    return this.read();
  }

  /** A written cell as a read one: dates as serials in the workbook's date system. */
  private toCell(cell: OutputCell): Cell {
    return isDateCell(cell) ? dateToSerial(cell.date, this.date1904) : cell;
  }
}

/** Whether a sheet is one of SPEC §2's, matched as sheets are (`run_log` is `Run Log`). */
function isSchemaSheet(name: string): boolean {
  return SCHEMA_KEYS.has(headerKey(name));
}

const SCHEMA_KEYS = new Set(SCHEMA_SHEETS.map(headerKey));

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** SPEC §8: nothing is written past column XFD or row 1,048,576. */
function checkInGrid(sheet: string, row: number, column: number): void {
  if (row > EXCEL_LIMITS.maxRows || column > EXCEL_LIMITS.maxColumns) {
    throw new Refusal('TOO_LARGE', `Cannot write sheet ${sheet} past Excel's last row 1,048,576 or last column XFD (row ${row}, column ${column}).`, [sheet]);
  }
}

/** Sets one cell of a grid, growing it (up, left, down, right) as needed; a row not in `copied` is copied first. */
function setCell(grid: SheetGrid, row: number, column: number, value: Cell, copied: Set<SheetGrid | Cell[]>): void {
  if (grid.cells.length === 0) {
    grid.firstRow = row;
    grid.firstColumn = column;
  }
  if (row < grid.firstRow) {
    grid.cells.unshift(...Array.from({ length: grid.firstRow - row }, () => [] as Cell[]));
    grid.firstRow = row;
  }
  if (column < grid.firstColumn) {
    const pad = grid.firstColumn - column;
    grid.cells = grid.cells.map((cells) => {
      const moved = cells.length === 0 ? [] : [...new Array<Cell>(pad).fill(null), ...cells];
      copied.add(moved);
      return moved;
    });
    grid.firstColumn = column;
  }
  const r = row - grid.firstRow;
  while (grid.cells.length <= r) grid.cells.push([]);
  let cells = grid.cells[r];
  if (!copied.has(cells)) {
    cells = grid.cells[r] = cells.slice();
    copied.add(cells);
  }
  const c = column - grid.firstColumn;
  while (cells.length < c) cells.push(null);
  cells[c] = value;
}
