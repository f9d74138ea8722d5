import type { PaymentFileFormat } from '../../../engine/model/run';
import { PAYMENT_FILE_CURRENCY } from '../../../engine/collect/bank/bankCollectionCheck';
import { formatMoney } from '../../components/feedback/formatMoney';
import { formatCount } from '../../components/feedback/formatNumbers';
import type { BankFileDownload, RunsSession } from '../../session/runsSession';
import { deliveredWords, type DownloadFile, type ExportChoice } from './exportBatches';

/** The menu item's words per Payment File format. */
const LABELS: Record<PaymentFileFormat, string> = { sepa: 'Bank file (SEPA pain.008)', nacha: 'Bank file (NACHA)' };

/**
 * Export's bank file download (SPEC §10) for a run with a Payment File: the latest post's
 * collections as `<RUN>-payments-<As Of>.xml` (pain.008) or `.ach` (NACHA), saved through
 * `onDownload` with the file's media type. Resolves to the words the page shows after it (where
 * the file went, when `onDownload` delivered it otherwise than as a download);
 * rejects with the session's refusal (not posted, no collections, settings not ready…).
 *
 * @example
 * const choice = bankFileChoice(session, 'DD', 'sepa', onDownload);
 * choice.label // → 'Bank file (SEPA pain.008)'
 * await choice.call() // → 'Exported DD-payments-2026-11-21.xml: 2 debits totalling 200.00.'
 */
export function bankFileChoice(session: RunsSession, runId: string, format: PaymentFileFormat, onDownload: DownloadFile): ExportChoice {
  return {
    way: 'bankFile',
    label: LABELS[format],
    call: async () => {
      const file = await session.exportBankFile(runId);
      const where = await onDownload(file.fileName, file.contents, file.type);
      return where ? deliveredWords([where]) : bankFileWords(file);
    },
  };
}

/**
 * What the page says once a bank file is downloaded: its name, its debits and their total.
 *
 * @example
 * bankFileWords({ format: 'nacha', fileName: 'DD-payments-2026-11-21.ach', count: 1, total: 80, … }) // → 'Exported DD-payments-2026-11-21.ach: 1 debit totalling $80.00.'
 */
export function bankFileWords(file: Pick<BankFileDownload, 'format' | 'fileName' | 'count' | 'total'>): string {
  const debits = `${formatCount(file.count)} ${file.count === 1 ? 'debit' : 'debits'}`;
  return `Exported ${file.fileName}: ${debits} totalling ${formatMoney(file.total, PAYMENT_FILE_CURRENCY[file.format])}.`;
}
