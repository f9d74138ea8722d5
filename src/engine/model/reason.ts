/** A detail-less reason: nothing to add to its words (`{}` is accepted and ignored). */
export type NoDetail = Readonly<Record<string, never>>;

/** The season route of a renewal that the Mapping sheet was asked about (SPEC §3.3). */
export interface MappingRoute {
  product?: string;
  fromSeason?: string;
  toSeason?: string;
}

/**
 * Every reason code with the details its words read. Every detail field is optional: without
 * it the words are shorter, never "undefined". Codes become words in one place only,
 * `engine/reasons/describeReason.ts`, which reads each action's word table.
 */
export interface ReasonDetails {
  // renew and activate
  PRODUCT_NOT_FOUND: { product?: string };
  // renew (SPEC §3.3)
  SEASON_NOT_FOUND: { date?: string };
  NOT_IN_MAPPING: MappingRoute;
  AMBIGUOUS_MAPPING: MappingRoute & { count?: number };
  // notify
  NO_EMAIL: NoDetail;
  MEMBERSHIP_NOT_FOUND: { membershipId?: string };
  // drop and collect
  PAYMENT_IN_PROGRESS: { invoiceId?: string };
  /** drop: the open invoices it would cancel are in several currencies (SPEC §11); `currencies` as a list. */
  OPEN_BALANCE_CURRENCIES: { currencies?: string };
  // activate
  ALREADY_ACTIVE: { product?: string };
  // collect (SPEC §3.6)
  RETRY_LIMIT_REACHED: { attempts?: number; maxRetries?: number };
  UPDATE_PAYMENT_METHOD: NoDetail;
  OLDER_UNPAID_INVOICE: { invoiceId?: string };
  ATTEMPT_TIMED_OUT: NoDetail;
  // collect with a Payment File (SPEC §10); `format` is `SEPA` or `NACHA`
  /** `reason`: the Last Attempt Reason of the hard return (`AC04 Closed account number`). */
  UPDATE_PAYMENT_DETAILS: { reason?: string };
  PAYMENT_FILE_SETUP: { format?: string };
  /** `missing`: the Members columns, as a list in words. */
  MISSING_BANK_DETAILS: { format?: string; missing?: string };
  PAYMENT_FILE_CURRENCY: { format?: string; currency?: string; required?: string };
  SEPA_REFERENCE_INVALID: { reference?: string };
  NAME_NOT_SEPA: { name?: string };
  /** `days` from D to the collection date; `required`: Pre-Notification Days. */
  SHORT_PRE_NOTIFICATION: { days?: number; required?: number };
  // staff decisions
  EXCLUDED_BY_STAFF: NoDetail;
  // messages (SPEC §9), any action that sends one
  /** `source` names the text: `template Reminder`, `setting Payment Instructions`; `field` as written. */
  TEMPLATE_UNKNOWN_FIELD: { source?: string; field?: string };
  /** The characters the documents' font lacks, each once. */
  MISSING_GLYPH: { characters?: string };
}

export type ReasonCode = keyof ReasonDetails;

/** The reason of one code: the code and, when its words need them, its details. */
export interface ReasonOf<C extends ReasonCode> {
  code: C;
  detail?: Readonly<ReasonDetails[C]>;
}

/**
 * Why an item has its status, as data: a stable code plus the values its words need (product
 * names, dates as ISO text, counts), typed per code.
 */
export type Reason = { [C in ReasonCode]: ReasonOf<C> }[ReasonCode];

/** The words of some reason codes, one function of its typed details per code. */
export type ReasonWords<C extends ReasonCode> = { readonly [K in C]: (detail: Readonly<ReasonDetails[K]>) => string };
