/**
 * Why an item has its status, as data: a stable code plus the values its words need.
 * Codes become words in one place only: `engine/reasons/describeReason.ts`.
 */
export type ReasonCode =
  // renew
  | 'PRODUCT_NOT_FOUND'
  | 'SEASON_NOT_FOUND'
  | 'NOT_IN_MAPPING'
  | 'AMBIGUOUS_MAPPING'
  // notify
  | 'NO_EMAIL'
  | 'MEMBERSHIP_NOT_FOUND'
  // drop and collect
  | 'PAYMENT_IN_PROGRESS'
  // activate
  | 'ALREADY_ACTIVE'
  // collect (SPEC §3.6)
  | 'RETRY_LIMIT_REACHED'
  | 'UPDATE_PAYMENT_METHOD'
  | 'OLDER_UNPAID_INVOICE'
  | 'ATTEMPT_TIMED_OUT'
  // staff decisions
  | 'EXCLUDED_BY_STAFF';

/** A reason code with the details its words need (product names, dates as ISO text, counts). */
export interface Reason {
  code: ReasonCode;
  detail?: Readonly<Record<string, string | number>>;
}
