import type { InputError } from '../../engine/model/inputError';
import { DEFAULT_SETTINGS, type Settings } from '../../engine/model/settings';
import type { CellContext, ValueCell } from '../cells/cellParser';
import { headerKey } from '../schema/headerKey';
import { SETTINGS, settingsSheet } from '../schema/settingsSheet';
import type { SheetGrid } from '../sheetGrid';
import { FirstRowByKey } from './duplicateRows';
import type { MissingInput } from './missingInput';
import { readSheetRows } from './readSheetRows';

/** What reading the Settings sheet gives: every setting (defaults filled in) and its problems. */
export interface SettingsReadResult {
  settings: Settings;
  inputErrors: InputError[];
  missing: MissingInput[];
}

const FIELD_BY_KEY = new Map<string, keyof Settings>((Object.keys(SETTINGS) as (keyof Settings)[]).map((field) => [headerKey(SETTINGS[field].name), field]));

/**
 * Reads the optional Settings sheet (SPEC §2): two columns, Setting and Value. Setting names
 * are matched like headers (`time_zone` is Time Zone); unknown settings are ignored (a sheet
 * may hold notes); a blank value keeps the default. An invalid value is an input error and the
 * default is used; a setting repeated on a later row is an input error and the first row
 * stands. Read before every other sheet: Date Order decides how their text dates are read.
 *
 * @example
 * readSettings(findSheet(book, 'Settings'), false)
 * // → { settings: { ...DEFAULT_SETTINGS, dateOrder: 'DMY' }, inputErrors: [], missing: [] }
 */
export function readSettings(grid: SheetGrid | null, date1904: boolean): SettingsReadResult {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const seen = new FirstRowByKey();
  /** Rows of settings this version does not know: ignored, even when their value is an error. */
  const unknownRows = new Set<number>();
  const reading = readSheetRows(grid, settingsSheet, { date1904, dateOrder: DEFAULT_SETTINGS.dateOrder }, (r, sheet) => {
    const field = r.values.setting === null ? undefined : FIELD_BY_KEY.get(headerKey(r.values.setting));
    if (r.values.setting !== null && field === undefined) unknownRows.add(r.row);
    if (!r.ok || field === undefined) return;
    const { setting, value } = r.values;
    if (value === null) return;
    const earlier = seen.claim(field, r.row);
    if (earlier !== null) {
      sheet.addError(r.row, 'setting', `${setting} is already set on row ${earlier}; that row is used`);
      return;
    }
    const problem = applySetting(settings, field, value, { column: setting, date1904, dateOrder: DEFAULT_SETTINGS.dateOrder });
    if (problem !== null) sheet.addError(r.row, 'value', `${problem}; ${describeDefault(field)} is used instead`);
  });
  const missing = [...reading.missing];
  const layout = reading.layout;
  if (layout !== null && layout.headerRow !== null && missing.length === 0 && layout.columns.value.index === null) {
    // Checked here, not by the spec: a blank Value is fine (the default), a missing column is not.
    missing.push({ sheet: reading.sheet, column: 'Value', message: `Sheet ${reading.sheet} has no column 'Value'` });
  }
  const inputErrors = unknownRows.size === 0 ? reading.inputErrors : reading.inputErrors.filter((e) => !unknownRows.has(e.row));
  return { settings, inputErrors, missing };
}

/** Reads one setting's value into `settings`; returns the problem, or `null` when it was applied. */
function applySetting<K extends keyof Settings>(settings: Settings, field: K, cell: ValueCell, context: CellContext): string | null {
  const read = SETTINGS[field].parse(cell, context);
  if (!read.ok) return read.message;
  settings[field] = read.value as Settings[K];
  return null;
}

function describeDefault(field: keyof Settings): string {
  const value = DEFAULT_SETTINGS[field];
  if (value === null) return 'no value';
  return `the default ${typeof value === 'string' ? `'${value}'` : value}`;
}
