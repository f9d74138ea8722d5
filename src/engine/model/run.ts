import type { LocalDate } from '../dates/localDate';

import type { Action } from '../actions/actionRegistry';

/** A run action: a key of the action registry (`engine/actions/actionRegistry.ts`). */
export type { Action };
/** Every action in evaluation order (SPEC §3); kept here for callers that import it from the run model. */
export { ACTIONS } from '../actions/actionRegistry';

export type RunMode = 'rolling' | 'fixed';
export type AutoPayFilter = 'all' | 'only' | 'exclude';
export type Frequency = 'daily' | 'weekly' | 'monthly' | 'yearly';
/** `Approved`: staff approved the preview for the nightly job to post (SPEC §12). */
export type RunStatus = 'Draft' | 'Previewed' | 'Approved' | 'Executed' | 'Cancelled';
/** Whether `run-due` posts a due preview by itself (`auto`) or waits for staff to approve it (SPEC §12). */
export type Approval = 'required' | 'auto';
/** The bank file a run's AutoPay collections are exported as (SPEC §10 Runs `Payment File`). */
export type PaymentFileFormat = 'sepa' | 'nacha';
/** How an activation's shortened first term is billed (SPEC §11 Proration). */
export type Proration = 'none' | 'monthly' | 'daily';
/** A month (1–12) and day of the year, as a Runs `Align To` cell writes it (`MM-DD`). */
export interface MonthDay {
  month: number;
  day: number;
}

/**
 * When a scheduled run recurs. `day` is read per frequency: ignored for daily; 0–6 (Sunday–
 * Saturday) for weekly; 1–31 for monthly (31 = the month's last day); month and day for yearly.
 */
export type Schedule =
  | { frequency: 'daily' }
  | { frequency: 'weekly'; weekday: number }
  | { frequency: 'monthly'; dayOfMonth: number }
  | { frequency: 'yearly'; month: number; day: number };

/** One row of the Runs sheet (SPEC §4). Absent numbers and dates are `null` ("no constraint"). */
export interface RunDefinition {
  row: number;
  id: string;
  /** True when the ID was derived from the Name because the Run ID cell was blank. */
  idDerived: boolean;
  name: string;
  actions: Action[];
  mode: RunMode;
  leadDays: number | null;
  expiringBy: LocalDate | null;
  expiryWindowDays: number | null;
  effectiveDate: LocalDate | null;
  noticeIntervalDays: number | null;
  maxNotices: number | null;
  dropAfterDays: number | null;
  collectThrough: LocalDate | null;
  /** Member Types filter; empty = all types. */
  memberTypes: string[];
  autoPay: AutoPayFilter;
  /** Use Mapping: `null` when blank (then: yes when Mapping has rows). */
  useMapping: boolean | null;
  schedule: Schedule | null;
  /** `HH:MM` as written; informational (rule dates have no time of day). */
  time: string | null;
  preProcessingLeadDays: number;
  /** The Templates sheet's set its messages use (SPEC §9); `Default` when blank. */
  templateSet: string;
  /** SPEC §12 Approval: `required` (default) or `auto`. */
  approval: Approval;
  /** SPEC §10: the bank file of the run's collections; `null` (blank): none. */
  paymentFile: PaymentFileFormat | null;
  /** SPEC §11 Align To: the day of the year first terms end the day before; `null` (blank): none. */
  alignTo: MonthDay | null;
  /** SPEC §11 Proration: `monthly` when blank. */
  proration: Proration;
  /** SPEC §11 Bill Activations: whether an activation posts an invoice for its first term. */
  billActivations: boolean;
  status: RunStatus;
  lastAsOf: LocalDate | null;
  lastExecutedAt: string | null;
}

/** Notice Interval Days when the run leaves it blank (SPEC §3.4). */
export const DEFAULT_NOTICE_INTERVAL_DAYS = 30;
