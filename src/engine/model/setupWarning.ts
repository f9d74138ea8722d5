/** Stable codes of the setup checks (SPEC §3.9). Words: `engine/reasons/describeSetupWarning.ts`. */
export type SetupWarningCode =
  | 'LEAD_DAYS_TOO_EARLY'
  | 'DROP_TOO_QUICK'
  | 'DROP_BEFORE_SECOND_NOTICE'
  | 'DROP_WITHOUT_NOTIFY'
  | 'EFFECTIVE_DATE_PAST'
  | 'NO_RENEWAL_WINDOW'
  | 'NO_EFFECTIVE_DATE'
  | 'NO_DROP_AFTER_DAYS'
  | 'BILL_ACTIVATIONS_WITHOUT_ACTIVATE'
  | 'ALIGN_TO_WITHOUT_ACTIVATE'
  | 'DUPLICATE_RUN_ID'
  | 'PAYMENT_FILE_SETTINGS'
  | 'INVOICE_PREFIX_NOT_SEPA'
  | 'PAYMENT_FILE_WITHOUT_COLLECT';

/** A setup problem of one run, as data; `detail` carries the values its words need. */
export interface SetupWarning {
  code: SetupWarningCode;
  runId: string;
  detail?: Readonly<Record<string, string | number>>;
}
