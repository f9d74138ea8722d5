import { Refusal } from '../../refusal';

/**
 * The refusals of the package reader, in SPEC §8's words, made in one place so every step
 * words the same problem the same way.
 *
 * @example
 * throw corruptWorkbook('the zip central directory is missing');
 * // → Refusal CORRUPT_WORKBOOK "The workbook file is corrupt (the zip central directory is missing)."
 */
export function corruptWorkbook(reason: string): Refusal {
  return new Refusal('CORRUPT_WORKBOOK', `The workbook file is corrupt (${reason}).`, [reason]);
}

/** A password-protected (encrypted) workbook. */
export function encryptedWorkbook(): Refusal {
  return new Refusal('ENCRYPTED_WORKBOOK', 'This is a password-protected (encrypted) workbook: save it without a password.');
}

/** An .xls, .xlsb or .ods workbook saved under an .xlsx name; `kind` names what it really is. */
export function notXlsx(kind: string): Refusal {
  return new Refusal('NOT_XLSX', `This is ${kind}, not an .xlsx workbook: save it as an Excel Workbook (.xlsx).`, [kind]);
}

/** Parts inflating beyond the package budget. */
export function inflatesTooFar(limitBytes: number): Refusal {
  return new Refusal('TOO_LARGE', `The workbook's parts inflate beyond ${formatBytes(limitBytes)}: it is too large to read.`);
}

/** An output the reader would refuse as {@link inflatesTooFar}: nothing is written. */
export function writesTooFar(limitBytes: number, bytes: number): Refusal {
  return new Refusal(
    'TOO_LARGE',
    `After this command the workbook's parts would inflate to ${formatBytes(bytes)}, beyond the ${formatBytes(limitBytes)} renewal-runs reads: ` +
      'nothing written. Move old Journal rows, posted batch sheets and previews to another workbook, or split the members across workbooks.',
  );
}

/** A cell past Excel's grid. */
export function beyondGrid(sheet: string, rows: number, columns: number): Refusal {
  const grid = `${rows.toLocaleString('en-US')} rows × ${columns.toLocaleString('en-US')} columns`;
  return new Refusal('TOO_LARGE', `Sheet ${sheet} holds more than Excel's ${grid}.`, [sheet]);
}

/** A sheet whose part cannot be read. */
export function unreadableSheet(sheet: string, reason: string): Refusal {
  return new Refusal('UNREADABLE_SHEET', `Sheet ${sheet} could not be read: ${reason}.`, [sheet, reason]);
}

function formatBytes(bytes: number): string {
  const gib = bytes / 1024 ** 3;
  if (gib >= 1) return `${Number.isInteger(gib) ? gib : gib.toFixed(1)} GiB`;
  return `${Math.round(bytes / 1024 ** 2)} MiB`;
}
