import { CellError, SheetCells } from './sheetCells';

/**
 * A cell as a test seeds it: taken literally (no formula or number parsing), blank for null,
 * undefined or ''. `{ error: '#N/A' }` makes an error cell; `{ formula: '=A1' }` a formula cell
 * (its value reads '#NAME?' unless `value` is given).
 */
export type SeedValue = string | number | boolean | null | undefined | { error: string } | { formula: string; value?: string | number | boolean };

export interface SeedOptions {
  /** Number formats laid over the same cells as the values (they may cover more cells). */
  numberFormats?: (string | null | undefined)[][];
  /** The 1-based Excel row of `values[0]` (as in SheetGrid.firstRow); default 1. */
  firstRow?: number;
  /** The 1-based Excel column of `values[r][0]`; default 1. */
  firstColumn?: number;
}

/**
 * Puts seed values and formats into a sheet, bypassing the API.
 *
 * @example
 * seedSheet(sheet, [['Member ID', 'Due'], ['M1', 46347]], { numberFormats: [[null, null], [null, 'yyyy-mm-dd']] });
 */
export function seedSheet(sheet: SheetCells, values: readonly (readonly SeedValue[])[], options: SeedOptions = {}): void {
  const top = (options.firstRow ?? 1) - 1;
  const left = (options.firstColumn ?? 1) - 1;
  if (!Number.isInteger(top) || !Number.isInteger(left) || top < 0 || left < 0) {
    throw new Error('excelModel: firstRow and firstColumn are 1-based whole numbers');
  }
  values.forEach((cells, r) => cells.forEach((seed, c) => seedCell(sheet, top + r, left + c, seed)));
  options.numberFormats?.forEach((cells, r) =>
    cells.forEach((format, c) => {
      if (format !== null && format !== undefined) sheet.setNumberFormat(top + r, left + c, format);
    }),
  );
}

function seedCell(sheet: SheetCells, row: number, column: number, seed: SeedValue): void {
  if (seed === null || seed === undefined || seed === '') return sheet.setValue(row, column, undefined);
  if (typeof seed === 'string' || typeof seed === 'number' || typeof seed === 'boolean') {
    return sheet.setValue(row, column, seed);
  }
  if ('error' in seed) return sheet.setValue(row, column, new CellError(seed.error));
  if ('formula' in seed) return sheet.setFormula(row, column, seed.formula, seed.value);
  throw new Error(`excelModel: cannot seed ${JSON.stringify(seed)}`);
}
