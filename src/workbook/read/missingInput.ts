/**
 * A required sheet or column the workbook lacks (SPEC §2): unlike an input error it stops the
 * command, with a message naming what is missing. `column` is `null` for a missing sheet.
 */
export interface MissingInput {
  sheet: string;
  column: string | null;
  message: string;
}
