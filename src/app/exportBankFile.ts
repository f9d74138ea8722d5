import type { PaymentFileFormat, RunDefinition } from '../engine/model/run';
import { paymentFileSettingProblems } from '../engine/setup/paymentFileSettings';
import { exportedCollections } from '../workbook/bankfiles/export/exportedCollection';
import { nachaFileOf } from '../workbook/bankfiles/export/nachaFileOf';
import { sepaMessageOf } from '../workbook/bankfiles/export/sepaMessageOf';
import { nachaFileText } from '../workbook/bankfiles/nacha/nachaFile';
import { pain008Xml } from '../workbook/bankfiles/sepa/sepaDirectDebit';
import { batchFileName } from '../workbook/export/batchFileName';
import { dateTimeInTimeZone } from '../workbook/timeZone/dateTimeInTimeZone';
import { todayInTimeZone } from '../workbook/timeZone/todayInTimeZone';
import { postedBatches } from './exportRun';
import type { OpenedBook } from './openBook';
import { Refusal } from './refusal';

/** A bank file made from a post's collections. */
export interface ExportedBankFile {
  format: PaymentFileFormat;
  /** `<Run ID>-payments-<As Of>.xml` or `.ach`. */
  fileName: string;
  contents: string;
  count: number;
  /** The sum of the debits, in cents then units (no float drift). */
  total: number;
}

/**
 * The bank file of a run's latest post (SPEC §10 Export): `pain.008.001.02` XML (`sepa`) or a
 * NACHA PPD file (`nacha`) of its Payments batch, written as the post recorded it. `now` is the
 * host's clock (the file's creation time, in the Time Zone setting). Refuses `NOT_POSTED` and
 * `BATCH_EDITED` (as export does), `NO_COLLECTIONS` when the post collected nothing,
 * `NOT_PAYMENT_FILE` when its collections were not posted for this format, and
 * `PAYMENT_FILE_SETTINGS` when the Settings the file needs are missing or wrong (each named).
 *
 * @example
 * const { fileName, contents } = await exportBankFile(book, run, 'sepa', new Date());
 * fileName // → 'DD-payments-2026-11-30.xml'
 */
export async function exportBankFile(book: OpenedBook, run: RunDefinition, format: PaymentFileFormat, now: Date): Promise<ExportedBankFile> {
  const posted = postedBatches(book, run);
  const batch = posted.batches.find((b) => b.kind === 'payments');
  if (batch === undefined || batch.rows.length === 0)
    throw new Refusal('NO_COLLECTIONS', `${posted.runId}'s latest post collected no payments: there is no bank file to write.`);
  const collections = exportedCollections(batch);
  const other = collections.find((c) => c.paymentFile !== format);
  if (other !== undefined) {
    const posted = other.paymentFile === null ? 'without a Payment File' : `for a ${other.paymentFile} file`;
    throw new Refusal('NOT_PAYMENT_FILE', `${run.id}'s collections were posted ${posted}, not for ${format}: set the run's Payment File and post it again.`);
  }
  const { settings } = book.read.records;
  const problems = paymentFileSettingProblems(format, settings);
  if (problems.length > 0) throw new Refusal('PAYMENT_FILE_SETTINGS', `The Settings a ${format} file needs are not ready: ${problems.join('; ')}.`, problems);
  const stamp = dateTimeInTimeZone(now, settings.timeZone);
  const total = collections.reduce((cents, c) => cents + Math.round(c.amount * 100), 0) / 100;
  const fileName = batchFileName(posted.runId, 'payments', posted.asOf, 'csv').replace(/\.csv$/, format === 'sepa' ? '.xml' : '.ach');
  if (format === 'sepa') {
    const invoices = new Map(book.read.records.invoices.map((i) => [i.invoiceId, i]));
    const { message, problems: rows } = sepaMessageOf(collections, {
      runId: posted.runId,
      asOf: posted.asOf,
      createdAt: stamp.replace(' ', 'T'),
      settings,
      invoices,
    });
    if (rows.length > 0) throw new Refusal('BATCH_EDITED', `Sheet '${batch.sheet}' cannot be written as a bank file.`, rows);
    return { format, fileName, contents: pain008Xml(message), count: collections.length, total };
  }
  const { file, problems: rows } = nachaFileOf(collections, {
    createdOn: todayInTimeZone(now, settings.timeZone),
    createdAt: stamp.slice(11, 16).replace(':', ''),
    settings,
  });
  if (rows.length > 0) throw new Refusal('BATCH_EDITED', `Sheet '${batch.sheet}' cannot be written as a bank file.`, rows);
  return { format, fileName, contents: nachaFileText(file), count: collections.length, total };
}
