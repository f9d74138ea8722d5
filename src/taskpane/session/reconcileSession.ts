import { loadSettlements, settlementsOfBook, type SpreadsheetParser } from '../../app/loadSettlements';
import { openBook } from '../../app/openBook';
import { reconcile } from '../../app/reconcile';
import { todayOf } from '../../app/resolveAsOf';
import { formatIsoDate } from '../../engine/dates/isoDate';
import type { InputError } from '../../engine/model/inputError';
import type { ReconcileItem } from '../../engine/reconcile/planReconcile';
import { describeReconcileReason, type ReconcileReason } from '../../engine/reconcile/reconcileReason';
import type { WorkbookHost } from '../../hosts/workbookHost';
import { headerKey } from '../../workbook/schema/headerKey';
import { invoiceCurrencyOf } from '../../workbook/settlements/invoiceCurrencyOf';
import { settlementsSheet } from '../../workbook/settlements/settlementsSheet';
import type { SheetGrid } from '../../workbook/sheetGrid';
import { loadXlsxHost } from './loadXlsxHost';

/** One settlement row (or timed-out attempt, reference `null`) as the Reconcile page shows it. */
export interface ReconcileItemView {
  reference: string | null;
  invoiceId: string;
  status: ReconcileItem['status'];
  /** In words (SPEC §3.8). */
  reason: string | null;
  /** The reason's stable code, for what the page decides from it (its badge); `null` without a reason. */
  reasonCode: ReconcileReason['code'] | null;
  amount: number;
  /** The invoice's currency (SPEC §11: its Currency cell, else its product's); `null` when unknown. */
  currency: string | null;
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
  /**
   * Payments that are (or were) appended to the Payments sheet, and their totals per currency
   * (SPEC §11: no total adds two currencies; an invoice of unknown currency counts under `XXX`,
   * ISO 4217's "no currency").
   */
  payments: number;
  appliedTotals: Record<string, number>;
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
 * Reconcile on any WorkbookHost, as `renewal-runs reconcile` does it: settlements from a sheet of
 * the book or a file, planned with prepareReconcile, resolved to cells and written through
 * the host. Every call re-reads the workbook; re-importing the same file changes nothing.
 *
 * @example
 * const reconcile = new HostReconcileSession(host, () => new Date());
 * const preview = await reconcile.previewFromFile('settled.csv', bytes);
 */
export class HostReconcileSession implements ReconcileSession {
  constructor(
    private readonly host: WorkbookHost,
    private readonly now: () => Date,
  ) {}

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
    const settlements =
      source.kind === 'sheet' ? settlementsOfBook(book, source.sheetName) : await loadSettlements(new Uint8Array(source.bytes), source.name, fileParser);
    const asOf = todayOf(book, this.now());
    const { items, writes, inputErrors } = await reconcile(book, settlements, { asOf, apply: write });
    const currencyOf = invoiceCurrencyOf(book.read.records.products);
    const invoices = new Map(book.read.records.invoices.map((i) => [i.invoiceId, i]));
    const views = items.map((item) => {
      const invoice = invoices.get(item.invoiceId);
      return itemView(item, invoice === undefined ? null : currencyOf(invoice));
    });
    const applied = views.filter((i) => i.batch !== null);
    const count = (status: ReconcileItem['status']) => views.filter((i) => i.status === status).length;
    return {
      source: settlements.name,
      asOf: formatIsoDate(asOf),
      items: views,
      inputErrors,
      counts: { ready: count('ready'), warning: count('warning'), skipped: count('skipped'), error: count('error') },
      payments: applied.length,
      appliedTotals: totalsPerCurrency(applied),
      cellsChanged: writes.length,
    };
  }
}

/** The file host's parser, loaded on demand (SheetJS stays out of the pane's initial bundle). */
async function fileParser(): Promise<SpreadsheetParser> {
  return (await loadXlsxHost()).XlsxWorkbookHost;
}

function itemView(item: ReconcileItem, currency: string | null): ReconcileItemView {
  const { reference, invoiceId, status, amount, batch } = item;
  return {
    reference,
    invoiceId,
    status,
    reason: item.reason === null ? null : describeReconcileReason(item.reason),
    reasonCode: item.reason?.code ?? null,
    amount,
    currency,
    batch,
  };
}

/** Sums in whole cents per currency, in order of first appearance. */
function totalsPerCurrency(items: readonly ReconcileItemView[]): Record<string, number> {
  const cents = new Map<string, number>();
  for (const i of items) cents.set(i.currency ?? 'XXX', (cents.get(i.currency ?? 'XXX') ?? 0) + Math.round(i.amount * 100));
  return Object.fromEntries([...cents].map(([currency, c]) => [currency, c / 100]));
}
