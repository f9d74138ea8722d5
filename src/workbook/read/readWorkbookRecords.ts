import { SCHEMA_SHEETS } from '../schema/schemaSheets';
import type { WorkbookRecords } from '../../engine/gather/workbookRecords';
import type { InputError } from '../../engine/model/inputError';
import type { MessageTemplate } from '../../engine/messages/messageTemplate';
import type { RunDefinition } from '../../engine/model/run';
import { findSheet } from '../schema/findSheet';
import type { WorkbookGrids } from '../sheetGrid';
import { duplicateSheets } from './duplicateSheets';
import type { MissingInput } from './missingInput';
import type { ReadContext } from './readContext';
import { readApplications } from './readApplications';
import { readInvoices } from './readInvoices';
import { readMapping } from './readMapping';
import { readMembers } from './readMembers';
import { readProducts } from './readProducts';
import { readRuns } from './readRuns';
import { readSeasons } from './readSeasons';
import { readSettings } from './readSettings';
import { readTemplates } from './readTemplates';

export { findSheet } from '../schema/findSheet';
export type { MissingInput } from './missingInput';
export type { ReadContext } from './readContext';
export type { SheetReadResult } from './sheetReadResult';
export { readApplications, readInvoices, readMapping, readMembers, readProducts, readRuns, readSeasons, readSettings, readTemplates };

/** Everything a command reads from a workbook (SPEC §2, §4). */
export interface WorkbookReadResult {
  /** Typed records of the rows without input errors, settings with defaults filled in. */
  records: WorkbookRecords;
  /** Run definitions of the Runs sheet, in sheet order. */
  runs: RunDefinition[];
  /** The Templates sheet's message templates (SPEC §9), in sheet order; the built-ins are not listed. */
  templates: MessageTemplate[];
  /** Bad cells, sheet by sheet (Settings, Members, Products, Seasons, Mapping, Invoices, Applications, Runs, Templates), by row. */
  inputErrors: InputError[];
  /** Missing required sheets (Members, Products, Runs), missing required columns, and two sheets matching one name: the command must stop. */
  missing: MissingInput[];
}

/** The sheets of SPEC §2 this reads; two sheets matching one of them stop the command (SPEC §8). */

/**
 * Reads a workbook's grids into typed records (SPEC §2). Settings are read first, because
 * their Date Order decides how every other sheet's text dates are read. Rows with input errors
 * are left out; every other row is returned. Absent optional sheets read as empty. Pure: no
 * clock, no I/O.
 *
 * @example
 * const { records, runs, inputErrors, missing } = readWorkbookRecords(grids);
 * if (missing.length > 0) refuse(missing.map((m) => m.message).join('\n'));
 */
export function readWorkbookRecords(book: WorkbookGrids): WorkbookReadResult {
  const settings = readSettings(findSheet(book, 'Settings'), book.date1904);
  const context: ReadContext = { date1904: book.date1904, dateOrder: settings.settings.dateOrder };
  const members = readMembers(findSheet(book, 'Members'), context);
  const products = readProducts(findSheet(book, 'Products'), context);
  const seasons = readSeasons(findSheet(book, 'Seasons'), context);
  const mapping = readMapping(findSheet(book, 'Mapping'), context);
  const invoices = readInvoices(findSheet(book, 'Invoices'), context);
  const applications = readApplications(findSheet(book, 'Applications'), context);
  const runs = readRuns(findSheet(book, 'Runs'), context);
  const templates = readTemplates(findSheet(book, 'Templates'), context);
  const sheets = [settings, members, products, seasons, mapping, invoices, applications, runs, templates];
  return {
    records: {
      members: members.records,
      products: products.records,
      seasons: seasons.records,
      mapping: mapping.records,
      invoices: invoices.records,
      applications: applications.records,
      settings: settings.settings,
    },
    runs: runs.records,
    templates: templates.records,
    inputErrors: sheets.flatMap((s) => s.inputErrors),
    missing: [...duplicateSheets(book, SCHEMA_SHEETS), ...sheets.flatMap((s) => s.missing)],
  };
}
