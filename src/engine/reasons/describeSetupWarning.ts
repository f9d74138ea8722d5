import type { SetupWarning } from '../model/setupWarning';
import { MAX_EFFECTIVE_DATE_AGE_DAYS, MAX_LEAD_DAYS, MIN_DROP_AFTER_DAYS } from '../setup/setupRules';

/**
 * The words staff read for a setup warning (SPEC §3.9): what is set, and what it would do.
 * The one place setup-warning codes become words; the CLI (`validate`, `preview --json`) and
 * the task pane both show these. The run is not named (except for a shared ID): a warning is
 * shown beside its run, or the caller prefixes the Run ID.
 *
 * @example
 * describeSetupWarning({ code: 'LEAD_DAYS_TOO_EARLY', runId: 'NIGHTLY', detail: { leadDays: 200 } })
 * // → 'Lead Days is 200: invoices would post more than 180 days before the renewal date.'
 */
export function describeSetupWarning(w: SetupWarning): string {
  const v = (key: string) => String(w.detail?.[key] ?? '?');
  switch (w.code) {
    case 'LEAD_DAYS_TOO_EARLY':
      return `Lead Days is ${v('leadDays')}: invoices would post more than ${MAX_LEAD_DAYS} days before the renewal date.`;
    case 'DROP_TOO_QUICK':
      return `Drop After Days is ${v('dropAfterDays')}: members would be dropped less than ` + `${MIN_DROP_AFTER_DAYS} days after their renewal date.`;
    case 'DROP_BEFORE_SECOND_NOTICE':
      return (
        `Drop After Days (${v('dropAfterDays')}) is less than Notice Interval Days ` +
        `(${v('noticeIntervalDays')}): members would be dropped before a second notice is sent.`
      );
    case 'DROP_WITHOUT_NOTIFY':
      return 'The run drops members without notifying them: add notify to its Actions.';
    case 'EFFECTIVE_DATE_PAST':
      return (
        `Effective Date ${v('effectiveDate')} is ${v('daysBefore')} days before the as-of date ` +
        `${v('asOf')} (more than ${MAX_EFFECTIVE_DATE_AGE_DAYS}): check it is the right renewal year.`
      );
    case 'NO_RENEWAL_WINDOW':
      return 'The run renews in rolling mode but sets none of Lead Days, Expiring By or ' + 'Expiry Window Days: it will renew nobody.';
    case 'NO_EFFECTIVE_DATE':
      return 'The run renews in fixed mode but has no Effective Date: it will renew nobody.';
    case 'NO_DROP_AFTER_DAYS':
      return 'The run drops members but has no Drop After Days: it will drop nobody.';
    case 'BILL_ACTIVATIONS_WITHOUT_ACTIVATE':
      return 'Bill Activations is Yes but the run does not activate: add activate to its Actions, or set Bill Activations to No.';
    case 'ALIGN_TO_WITHOUT_ACTIVATE':
      return `Align To is ${v('alignTo')} but the run does not activate: only activations' first terms are aligned, so it changes nothing.`;
    case 'DUPLICATE_RUN_ID':
      return `Run ID ${w.runId} is used by ${v('count')} runs (rows ${v('rows')}; IDs are compared ` + 'ignoring letter case): give each run its own ID.';
    case 'PAYMENT_FILE_SETTINGS':
      return `The run writes a ${v('format')} payment file but its Settings are not ready: ${v('problems')}. Its collections are errors until they are.`;
    case 'INVOICE_PREFIX_NOT_SEPA':
      return (
        `Invoice Prefix '${v('prefix')}' would make SEPA references (EndToEndId) that break the SEPA rules (only ` +
        'unaccented letters, digits, spaces and the signs / - : ( ) . , + and apostrophe; at most 35 characters): its ' +
        'collections are errors until it is changed.'
      );
    case 'PAYMENT_FILE_WITHOUT_COLLECT':
      return `The run has a ${v('format')} Payment File but does not collect: add collect to its Actions, or clear the Payment File.`;
    default: {
      const unknown: never = w.code;
      throw new Error(`Unknown setup warning code: ${String(unknown)}`);
    }
  }
}
