import { prepareReconcile } from '../../workbook/settlements/prepareReconcile';
import { formatIsoDate } from '../../engine/dates/isoDate';
import type { InputError } from '../../engine/model/inputError';
import type { ReconcileItem } from '../../engine/reconcile/planReconcile';
import { describeReconcileReason } from '../../engine/reconcile/reconcileReason';
import { todayInTimeZone } from '../../workbook/timeZone/todayInTimeZone';
import type { WorkbookHost } from '../../hosts/workbookHost';
import { findSheet } from '../../workbook/schema/findSheet';
import { headerKey } from '../../workbook/schema/headerKey';
import { settlementsSheet } from '../../workbook/settlements/settlementsSheet';
import type { SheetGrid, WorkbookGrids } from '../../workbook/sheetGrid';
import { loadXlsx, loadXlsxHost } from './loadXlsxHost';
import { openBook, type OpenedBook } from './openedBook';
import { SessionRefusal } from './runsSession';

/** One settlement row (or timed-out attempt, reference `null`) as the Reconcile page shows it. */
export interface ReconcileItemView {
  reference: string | null;
  invoiceId: string;
  status: ReconcileItem['status'];
  /** In words (SPEC §3.8). */
  reason: string | null;
  amount: number;
  /** `AutoPay YYYY-MM-DD` for an applied payment, else `null`. */
  batch: string | null;
}

/** What reconciling a settlements source does (or did), without the workbook's cells. */
export interface ReconcilePreview {
  /** The sheet's or file's name. */
  source: string;
  asOf: string;
  items: ReconcileItemView[];
  inputErrors: InputError[];
  counts: Record<ReconcileItem['status'], number>;
  /** Payments that are (or were) appended to the Payments sheet, and their total. */
  payments: number;
  appliedTotal: number;
  /** Cells the reconcile changes (or changed); 0 when re-importing what is already applied. */
  cellsChanged: number;
}

/** Where settlements come from: a sheet of the workbook, or a .csv/.xlsx file the user picked. */
export type SettlementSource = { kind: 'sheet'; sheetName: string } | { kind: 'file'; name: string; bytes: ArrayBuffer };

/** The task pane's reconcile (SPEC §3.8, §7): preview a settlements source, then apply it. */
export interface ReconcileSession {
  /** The workbook's sheets whose header row is a Settlements header row. */
  settlementSources(): Promise<string[]>;
  previewFromSheet(sheetName: string): Promise<ReconcilePreview>;
  previewFromFile(name: string, bytes: ArrayBuffer): Promise<ReconcilePreview>;
  /** Plans again on the workbook as it is now and writes the changes. */
  apply(source: SettlementSource): Promise<ReconcilePreview>;
}

const REQUIRED_HEADERS = Object.values(settlementsSheet.columns)
  .filter((c) => c.required)
  .map((c) => [c.header, ...c.aliases].map(headerKey));

/** Whether a sheet's header row names every required Settlements column. */
function looksLikeSettlements(grid: SheetGrid): boolean {
  const header = new Set((grid.cells[0] ?? []).map((c) => (typeof c === 'string' ? headerKey(c) : '')));
  return REQUIRED_HEADERS.every((names) => names.some((h) => header.has(h)));
}

/**
 * A settlements file as grids, like the CLI reads it: an .xlsx workbook (zip), or CSV text read
 * cell by cell as text (nothing coerced), its one sheet named Settlements.
 */
async function loadSettlementsFile(name: string, bytes: ArrayBuffer): Promise<WorkbookGrids> {
  const view = new Uint8Array(bytes);
  if (view[0] === 0x50 && view[1] === 0x4b) {
    const { XlsxWorkbookHost } = await loadXlsxHost();
    try {
      return XlsxWorkbookHost.fromBytes(view).readWorkbookSync();
    } catch (e) {
      throw new SessionRefusal(`${name} could not be read as an Excel workbook: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (!/\.csv$/i.test(name)) throw new SessionRefusal(`${name} is neither an Excel workbook (.xlsx) nor a .csv file.`);
  const text = new TextDecoder('utf-8').decode(view).replace(/^\uFEFF/, '');
  const [{ XlsxWorkbookHost }, XLSX] = await Promise.all([loadXlsxHost(), loadXlsx()]);
  const grids = new XlsxWorkbookHost(XLSX.read(text, { type: 'string', dense: true, raw: true })).readWorkbookSync();
  const sheet: SheetGrid | undefined = grids.sheets[0];
  return { sheets: sheet ? [{ ...sheet, name: 'Settlements' }] : [], date1904: false };
}

/**
 * Reconcile on any WorkbookHost, as `renewal-runs reconcile` does it: settlements from a sheet of
 * the book or a file, planned with prepareReconcile, resolved to cells and written through
 * the host. Every call re-reads the workbook; re-importing the same file changes nothing.
 *
 * @example
 * const reconcile = new HostReconcileSession(host, () => new Date());
 * const preview = await reconcile.previewFromFile('settled.csv', bytes);
 */
export class HostReconcileSession implements ReconcileSession {
  constructor(private readonly host: WorkbookHost, private readonly now: () => Date) {}

  async settlementSources(): Promise<string[]> {
    const grids = await this.host.readWorkbook();
    return grids.sheets.filter(looksLikeSettlements).map((s) => s.name);
  }

  previewFromSheet(sheetName: string): Promise<ReconcilePreview> {
    return this.run({ kind: 'sheet', sheetName }, false);
  }

  previewFromFile(name: string, bytes: ArrayBuffer): Promise<ReconcilePreview> {
    return this.run({ kind: 'file', name, bytes }, false);
  }

  apply(source: SettlementSource): Promise<ReconcilePreview> {
    return this.run(source, true);
  }

  private async run(source: SettlementSource, write: boolean): Promise<ReconcilePreview> {
    const book = await openBook(this.host);
    const { grid, name, date1904 } = await this.settlementsGrid(book, source);
    const { settings } = book.read.records;
    const asOf = todayInTimeZone(this.now(), settings.timeZone);
    const decision = prepareReconcile({ grids: book.grids, read: book.read, settlements: grid, settlementsDate1904: date1904, asOf });
    if (!decision.ok) throw new SessionRefusal(decision.missing.map((m) => `${name}: ${m}`).join('\n'));
    const { items, writes } = decision;
    if (write && writes.length > 0) await this.host.writeCells(writes);
    const views = items.map(itemView);
    const applied = views.filter((i) => i.batch !== null);
    const count = (status: ReconcileItem['status']) => views.filter((i) => i.status === status).length;
    return {
      source: name,
      asOf: formatIsoDate(asOf),
      items: views,
      inputErrors: decision.inputErrors,
      counts: { ready: count('ready'), skipped: count('skipped'), error: count('error') },
      payments: applied.length,
      appliedTotal: applied.reduce((cents, i) => cents + Math.round(i.amount * 100), 0) / 100,
      cellsChanged: writes.length,
    };
  }

  private async settlementsGrid(book: OpenedBook, source: SettlementSource): Promise<{ grid: SheetGrid; name: string; date1904: boolean }> {
    if (source.kind === 'sheet') {
      const grid = findSheet(book.grids, source.sheetName);
      if (grid === null) throw new SessionRefusal(`This workbook has no sheet '${source.sheetName}'.`);
      return { grid, name: grid.name, date1904: book.grids.date1904 };
    }
    const grids = await loadSettlementsFile(source.name, source.bytes);
    const grid = findSheet(grids, 'Settlements') ?? grids.sheets[0] ?? null;
    if (grid === null) throw new SessionRefusal(`${source.name} has no sheet of settlements.`);
    return { grid, name: source.name, date1904: grids.date1904 };
  }
}

function itemView(item: ReconcileItem): ReconcileItemView {
  const { reference, invoiceId, status, amount, batch } = item;
  return { reference, invoiceId, status, reason: item.reason === null ? null : describeReconcileReason(item.reason), amount, batch };
}
