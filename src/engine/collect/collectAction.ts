import type { ActionDefinition } from '../actions/actionDefinition';
import {
  amountColumn,
  dateColumn,
  numberColumn,
  optionalDateColumn,
  optionalTextColumn,
  personColumns,
  textColumn,
  currencyColumn,
} from '../actions/batchColumn';
import { applyCollection } from './applyCollection';
import type { CollectItem } from './collectItem';
import { COLLECT_REASON_WORDS } from './collectReasonWords';
import type { PaymentBatchRow } from './paymentBatchRow';
import { planCollections } from './planCollections';

/**
 * The collect action (SPEC §3.6): AutoPay submissions of each membership's current open
 * invoice. It records the attempt on the invoice and forms the Payments batch.
 */
export const collectAction = {
  action: 'collect',
  position: 5,
  inDefaultRun: false,
  label: 'Collect',
  plan: planCollections,
  propose: null,
  apply: applyCollection,
  batch: {
    kind: 'payments',
    sheetLabel: 'Payments',
    order: 4,
    columns: [
      ...personColumns<PaymentBatchRow>(),
      textColumn('Invoice ID', (r) => r.invoiceId),
      textColumn('Membership ID', (r) => r.membershipId),
      dateColumn('Due Date', (r) => r.dueDate),
      numberColumn('Attempt', (r) => r.attempt),
      amountColumn((r) => r.amount),
      currencyColumn(),
      // SPEC §10: what the bank file is written from (blank when the run has no Payment File).
      optionalTextColumn('Payment File', (r) => r.bank?.paymentFile ?? null),
      optionalDateColumn('Collection Date', (r) => r.bank?.collectionDate ?? null),
      optionalTextColumn('Reference', (r) => r.bank?.reference ?? null),
      optionalTextColumn('Sequence Type', (r) => r.bank?.sequenceType ?? null),
      optionalTextColumn('Mandate ID', (r) => r.bank?.mandateId ?? null),
      optionalDateColumn('Mandate Date', (r) => r.bank?.mandateDate ?? null),
      optionalTextColumn('IBAN', (r) => r.bank?.iban ?? null),
      optionalTextColumn('BIC', (r) => r.bank?.bic ?? null),
      optionalTextColumn('Routing Number', (r) => r.bank?.routingNumber ?? null),
      optionalTextColumn('Account Number', (r) => r.bank?.accountNumber ?? null),
      optionalTextColumn('Account Type', (r) => r.bank?.accountType ?? null),
    ],
  },
  summary: { order: 5, ownLine: false, describe: (rows) => `${rows.length} payments` },
  forecast: null,
  reasonWords: COLLECT_REASON_WORDS,
} as const satisfies ActionDefinition<'collect', CollectItem, PaymentBatchRow, 'payments'>;
