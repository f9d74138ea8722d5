import { nameKey } from '../../engine/gather/nameKey';
import { fieldKey } from '../../engine/messages/fieldKey';
import { MESSAGE_KINDS, type MessageKind } from '../../engine/messages/messageKind';
import type { MessageTemplate } from '../../engine/messages/messageTemplate';
import { templateFor } from '../../engine/messages/templateFor';
import type { Invoice } from '../../engine/model/records';
import type { RunDefinition } from '../../engine/model/run';
import type { Settings } from '../../engine/model/settings';
import type { CellContext } from '../cells/cellParser';
import { findSheet, type WorkbookReadResult } from '../read/readWorkbookRecords';
import { locateColumns } from '../schema/locateColumns';
import { SETTINGS, settingsSheet } from '../schema/settingsSheet';
import type { SheetGrid, WorkbookGrids } from '../sheetGrid';
import { cellText, memberColumns, type MemberColumn } from './memberColumns';
import { compileText, type CompiledText, type MergeSources } from './mergeSource';
import { MessageFormats } from './messageFormats';

/** A kind's template for the run, its Subject and Body compiled. */
export interface KindTemplate {
  template: MessageTemplate;
  subject: CompiledText;
  body: CompiledText;
}

/**
 * Everything rendering a run's messages reads, built once per command (never per item): the
 * run's templates (its Template Set, else the built-ins) compiled against the Members headers
 * and the Settings rows, the Payment Instructions compiled likewise, the Locale's formatters,
 * and indexes of products and invoices for {@link messageFactsOfItem}.
 */
export interface MessageContext {
  run: RunDefinition;
  settings: Settings;
  formats: MessageFormats;
  /** How a Members cell is read as a date: the workbook's date system and Date Order. */
  cellContext: CellContext;
  members: SheetGrid | null;
  /** The Members column `Address`, printed on the invoice under the name when present. */
  address: MemberColumn | null;
  kinds: { readonly [K in MessageKind]: KindTemplate };
  paymentInstructions: CompiledText;
  /** Each product's Currency, by product name compared like names. */
  productCurrency: ReadonlyMap<string, string>;
  /** Made on first use: the preview's checks never need it, rendering does. */
  readonly invoicesById: ReadonlyMap<string, Invoice>;
}

/**
 * Builds the {@link MessageContext} of a run (SPEC §9) from the workbook's grids and what was
 * read from them. Pure; formatters and compiled templates are made here once.
 *
 * @example
 * const context = messageContext(book.grids, book.read, run);
 * context.kinds.reminder.subject.unknown // → ['Adress'] when the Reminder uses {{Adress}}
 */
export function messageContext(grids: WorkbookGrids, read: WorkbookReadResult, run: RunDefinition): MessageContext {
  const settings = read.records.settings;
  const formats = new MessageFormats(settings.locale);
  const cellContext: CellContext = { column: 'Value', date1904: grids.date1904, dateOrder: settings.dateOrder };
  const members = findSheet(grids, 'Members');
  const columns = memberColumns(members);
  const sources: MergeSources = { members: columns, settings: settingValues(findSheet(grids, 'Settings'), settings, formats, cellContext) };
  const kinds = {} as { [K in MessageKind]: KindTemplate };
  for (const kind of MESSAGE_KINDS) {
    const template = templateFor(read.templates, run.templateSet, kind);
    kinds[kind] = { template, subject: compileText(template.subject, sources), body: compileText(template.body, sources) };
  }
  let invoicesById: Map<string, Invoice> | null = null;
  return {
    run,
    settings,
    formats,
    cellContext,
    members,
    address: columns.get(fieldKey('Address')) ?? null,
    kinds,
    paymentInstructions: compileText(settings.paymentInstructions ?? '', sources),
    productCurrency: new Map(read.records.products.map((p) => [nameKey(p.product), p.currency])),
    get invoicesById() {
      invoicesById ??= new Map(read.records.invoices.map((i) => [i.invoiceId, i]));
      return invoicesById;
    },
  };
}

/**
 * Every setting as merged text by its name's key: each setting this version knows, always (its
 * value as read, defaults filled in, blank as empty text — so `{{Organisation Name}}` is a
 * field even in a workbook without that row), then every other row of the Settings sheet.
 */
function settingValues(grid: SheetGrid | null, settings: Settings, formats: MessageFormats, context: CellContext): Map<string, string> {
  const values = new Map<string, string>();
  for (const field of Object.keys(SETTINGS) as (keyof Settings)[]) values.set(fieldKey(SETTINGS[field].name), String(settings[field] ?? ''));
  if (grid === null) return values;
  const layout = locateColumns(grid, settingsSheet);
  const name = layout.columns.setting.index;
  const value = layout.columns.value.index;
  if (layout.headerRow === null || name === null) return values;
  for (let r = layout.headerRow + 1; r < grid.cells.length; r++) {
    const row = grid.cells[r];
    const setting = row?.[name];
    if (typeof setting !== 'string' || setting.trim() === '') continue;
    const key = fieldKey(setting);
    if (!values.has(key)) values.set(key, value === null ? '' : cellText(row[value], false, formats, context));
  }
  return values;
}
