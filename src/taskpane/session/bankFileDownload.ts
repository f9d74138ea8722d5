import { exportBankFile } from '../../app/exportBankFile';
import type { OpenedBook } from '../../app/openBook';
import { Refusal } from '../../app/refusal';
import type { PaymentFileFormat, RunDefinition } from '../../engine/model/run';
import type { BankFileDownload } from './runsSession';

/** The media type a bank file downloads as: pain.008 is XML, a NACHA file plain text. */
const MEDIA_TYPES: Record<PaymentFileFormat, string> = { sepa: 'application/xml', nacha: 'text/plain' };

/**
 * The bank file of the run's latest post in the run's own Payment File format (SPEC §10 Export),
 * ready to download. `now` is the session's clock (the file's creation time). Refuses
 * `NOT_PAYMENT_FILE` for a run without a Payment File, and otherwise as exportBankFile does.
 *
 * @example
 * const file = await bankFileDownload(book, run, new Date());
 * file.fileName // → 'DD-payments-2026-11-21.xml'
 * file.type // → 'application/xml'
 */
export async function bankFileDownload(book: OpenedBook, run: RunDefinition, now: Date): Promise<BankFileDownload> {
  const format = run.paymentFile;
  if (format === null)
    throw new Refusal('NOT_PAYMENT_FILE', `${run.id} has no Payment File: set it to sepa or nacha on the Runs sheet, then post the run, to make a bank file.`);
  const { fileName, contents, count, total } = await exportBankFile(book, run, format, now);
  return { format, fileName, contents, type: MEDIA_TYPES[format], count, total };
}
