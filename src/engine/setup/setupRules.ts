import { formatIsoDate } from '../dates/isoDate';
import { addDays, daysBetween, LocalDate } from '../dates/localDate';
import { DEFAULT_NOTICE_INTERVAL_DAYS, RunDefinition } from '../model/run';
import type { SetupWarningCode } from '../model/setupWarning';

/** The values a warning's words need; `{}` when the code says it all. */
export type SetupDetail = Readonly<Record<string, string | number>>;

/**
 * One setup check of one run, as data (SPEC §3.9): `applies` returns the warning's detail when
 * the run has the problem, `null` when it does not. Checks that compare runs (duplicate IDs)
 * live in `checkRunSetup`.
 */
export interface SetupRule {
  code: Exclude<SetupWarningCode, 'DUPLICATE_RUN_ID' | 'PAYMENT_FILE_SETTINGS' | 'INVOICE_PREFIX_NOT_SEPA' | 'PAYMENT_FILE_WITHOUT_COLLECT'>;
  applies(run: RunDefinition, asOf: LocalDate): SetupDetail | null;
}

/** "Lead Days > 180": invoices would post too early. */
export const MAX_LEAD_DAYS = 180;
/** "Drop After Days < 30": members would be dropped too quickly. */
export const MIN_DROP_AFTER_DAYS = 30;
/** "a fixed-year Effective Date more than 30 days before D". */
export const MAX_EFFECTIVE_DATE_AGE_DAYS = 30;

const NO_DETAIL: SetupDetail = {};
const does = (run: RunDefinition, action: RunDefinition['actions'][number]) => run.actions.includes(action);
const renews = (run: RunDefinition, mode: RunDefinition['mode']) => run.mode === mode && does(run, 'renew');

/**
 * The per-run setup checks, in the order their warnings are listed. Each check applies only to
 * the action it is about — drop checks when the run drops, Lead Days when it renews in rolling
 * mode, Effective Date when it renews in fixed mode — and absent values constrain nothing
 * (a blank Drop After Days is NO_DROP_AFTER_DAYS, never DROP_TOO_QUICK).
 */
export const SETUP_RULES: readonly SetupRule[] = [
  {
    code: 'LEAD_DAYS_TOO_EARLY',
    applies: (run) => (renews(run, 'rolling') && run.leadDays !== null && run.leadDays > MAX_LEAD_DAYS ? { leadDays: run.leadDays } : null),
  },
  {
    code: 'DROP_TOO_QUICK',
    applies: (run) =>
      does(run, 'drop') && run.dropAfterDays !== null && run.dropAfterDays < MIN_DROP_AFTER_DAYS ? { dropAfterDays: run.dropAfterDays } : null,
  },
  {
    // Checked whether or not this run notifies: the members' notices may come from another run,
    // and a blank Notice Interval Days means the default interval (SPEC §3.4).
    code: 'DROP_BEFORE_SECOND_NOTICE',
    applies: (run) => {
      const noticeIntervalDays = run.noticeIntervalDays ?? DEFAULT_NOTICE_INTERVAL_DAYS;
      return does(run, 'drop') && run.dropAfterDays !== null && run.dropAfterDays < noticeIntervalDays
        ? { dropAfterDays: run.dropAfterDays, noticeIntervalDays }
        : null;
    },
  },
  {
    code: 'DROP_WITHOUT_NOTIFY',
    applies: (run) => (does(run, 'drop') && !does(run, 'notify') ? NO_DETAIL : null),
  },
  {
    // "more than 30 days before D": F = D − 30 is fine, F = D − 31 is not.
    code: 'EFFECTIVE_DATE_PAST',
    applies: (run, asOf) =>
      renews(run, 'fixed') && run.effectiveDate !== null && run.effectiveDate < addDays(asOf, -MAX_EFFECTIVE_DATE_AGE_DAYS)
        ? {
            effectiveDate: formatIsoDate(run.effectiveDate),
            asOf: formatIsoDate(asOf),
            daysBefore: daysBetween(run.effectiveDate, asOf),
          }
        : null,
  },
  {
    code: 'NO_RENEWAL_WINDOW',
    applies: (run) => (renews(run, 'rolling') && run.leadDays === null && run.expiringBy === null && run.expiryWindowDays === null ? NO_DETAIL : null),
  },
  {
    code: 'NO_EFFECTIVE_DATE',
    applies: (run) => (renews(run, 'fixed') && run.effectiveDate === null ? NO_DETAIL : null),
  },
  {
    code: 'NO_DROP_AFTER_DAYS',
    applies: (run) => (does(run, 'drop') && run.dropAfterDays === null ? NO_DETAIL : null),
  },
  {
    // SPEC §11: only activations are billed by Bill Activations, so without activate it does nothing.
    code: 'BILL_ACTIVATIONS_WITHOUT_ACTIVATE',
    applies: (run) => (run.billActivations && !does(run, 'activate') ? NO_DETAIL : null),
  },
  {
    // SPEC §11: Align To shortens activations' first terms only; renewals keep Term Months.
    code: 'ALIGN_TO_WITHOUT_ACTIVATE',
    applies: (run) => (run.alignTo !== null && !does(run, 'activate') ? { alignTo: `${pad(run.alignTo.month)}-${pad(run.alignTo.day)}` } : null),
  },
];

const pad = (n: number) => String(n).padStart(2, '0');
