import type { CellParser } from '../cells/cellParser';

/**
 * One column of a sheet, as data (rules as data): its header, accepted aliases, whether it is
 * required (the column must exist and each row's cell must be filled), how a cell is parsed,
 * and the value of a blank cell in an optional column.
 */
export interface ColumnSpec<T> {
  header: string;
  aliases: readonly string[];
  required: boolean;
  parse: CellParser<T>;
  /** Value of a blank cell, or of every row when the optional column is absent. */
  whenBlank?: T;
}

/** The columns of a sheet, by the field name the reader uses. */
export type SheetColumns = Record<string, ColumnSpec<unknown>>;

/** A sheet: its name, whether the workbook must have it, and its columns. */
export interface SheetSpec<S extends SheetColumns> {
  name: string;
  required: boolean;
  columns: S;
}

/** The typed values of one fully readable row. */
export type RowValues<S extends SheetColumns> = { [K in keyof S]: S[K] extends ColumnSpec<infer T> ? T : never };

/** The values of a row where some cell failed: the failed cells are `null`. */
export type PartialRowValues<S extends SheetColumns> = { [K in keyof S]: RowValues<S>[K] | null };

/** Options of a column besides its header and parser. */
export interface ColumnOptions {
  aliases?: readonly string[];
}

/**
 * A column every row must fill (a `*` column of SPEC §2).
 *
 * @example
 * requiredColumn('End Date', parseDateCell, { aliases: ['Paid Through'] })
 */
export function requiredColumn<T>(header: string, parse: CellParser<T>, options: ColumnOptions = {}): ColumnSpec<T> {
  return { header, aliases: options.aliases ?? [], required: true, parse };
}

/**
 * A column that may be absent or blank; blank reads as `whenBlank` when given, else `null`.
 *
 * @example
 * optionalColumn('Email', parseTextCell)                          // string | null
 * optionalColumn('AutoPay', parseBooleanCell, { whenBlank: false }) // boolean
 */
export function optionalColumn<T>(header: string, parse: CellParser<T>, options?: ColumnOptions): ColumnSpec<T | null>;
export function optionalColumn<T>(header: string, parse: CellParser<T>, options: ColumnOptions & { whenBlank: NoInfer<T> }): ColumnSpec<T>;
export function optionalColumn<T>(header: string, parse: CellParser<T>, options: ColumnOptions & { whenBlank?: T } = {}): ColumnSpec<T | null> {
  return { header, aliases: options.aliases ?? [], required: false, parse, whenBlank: options.whenBlank ?? null };
}
