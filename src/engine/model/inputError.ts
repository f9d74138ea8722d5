/**
 * A bad cell (SPEC §2): `row` is the row number Excel shows, `column` the header as written in
 * the sheet (or the expected header when the column is missing). The row is left out of planning.
 */
export interface InputError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}
