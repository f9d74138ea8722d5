import type { ActionDefinition } from '../actions/actionDefinition';
import { amountColumn, dateColumn, numberColumn, personColumns, textColumn, currencyColumn } from '../actions/batchColumn';
import { applyNotice } from './applyNotice';
import type { NoticeBatchRow } from './noticeBatchRow';
import { noticeForecastDates } from './noticeForecastDates';
import type { NoticeItem } from './noticeItem';
import { NOTICE_REASON_WORDS } from './noticeReasonWords';
import { planNotices } from './planNotices';

/**
 * The notify action (SPEC §3.4): payment notices on open invoices, including those the run's
 * renewals propose. It records each notice on its invoice and forms the Notices batch.
 */
export const notifyAction = {
  action: 'notify',
  position: 4,
  inDefaultRun: true,
  label: 'Notify',
  plan: planNotices,
  propose: null,
  apply: applyNotice,
  batch: {
    kind: 'notices',
    sheetLabel: 'Notices',
    order: 2,
    columns: [
      ...personColumns<NoticeBatchRow>(),
      textColumn('Invoice ID', (r) => r.invoiceId),
      textColumn('Membership ID', (r) => r.membershipId),
      numberColumn('Notice Number', (r) => r.noticeNumber),
      textColumn('Notice Kind', (r) => r.noticeKind),
      dateColumn('Due Date', (r) => r.dueDate),
      amountColumn((r) => r.amount),
      currencyColumn(),
    ],
  },
  summary: { order: 2, ownLine: false, describe: (rows) => `${rows.length} notices` },
  forecast: { order: 2, noun: 'notices', dates: noticeForecastDates },
  reasonWords: NOTICE_REASON_WORDS,
} as const satisfies ActionDefinition<'notify', NoticeItem, NoticeBatchRow, 'notices'>;
