import type { RunDraft } from '../../session/runsSession';

/** A field of the run editor: a property of the draft. */
export type DraftField = keyof RunDraft;

/** The editor's sections, in the order they are shown. */
export type SectionId = 'run' | 'schedule' | 'who' | 'renewals' | 'notices' | 'payments' | 'newMembers';

export interface RunEditorSection {
  id: SectionId;
  title: string;
  fields: readonly DraftField[];
}

/**
 * The run editor's sections and the fields each holds, in order: every field of a draft is in
 * exactly one section. What a run is and does first, then when it runs, whom it considers, and
 * one section per kind of work it does.
 */
export const RUN_EDITOR_SECTIONS: readonly RunEditorSection[] = [
  { id: 'run', title: 'Run', fields: ['name', 'id', 'actions'] },
  { id: 'schedule', title: 'Schedule', fields: ['frequency', 'day', 'time', 'preProcessingLeadDays'] },
  { id: 'who', title: 'Who', fields: ['memberTypes', 'autoPay', 'useMapping'] },
  { id: 'renewals', title: 'Renewals', fields: ['mode', 'leadDays', 'expiringBy', 'expiryWindowDays', 'effectiveDate'] },
  { id: 'notices', title: 'Notices & drop', fields: ['noticeIntervalDays', 'maxNotices', 'dropAfterDays'] },
  { id: 'payments', title: 'AutoPay & payments', fields: ['collectThrough', 'paymentFile'] },
  { id: 'newMembers', title: 'New members', fields: ['alignTo', 'proration', 'billActivations'] },
];

/** Each field's label, as the Runs sheet's column names it (SPEC §4) and as problems begin. */
export const FIELD_LABELS: Readonly<Record<DraftField, string>> = {
  name: 'Name',
  id: 'Run ID',
  actions: 'Actions',
  mode: 'Mode',
  leadDays: 'Lead Days',
  expiringBy: 'Expiring By',
  expiryWindowDays: 'Expiry Window Days',
  effectiveDate: 'Effective Date',
  noticeIntervalDays: 'Notice Interval Days',
  maxNotices: 'Max Notices',
  dropAfterDays: 'Drop After Days',
  collectThrough: 'Collect Through',
  memberTypes: 'Member Types',
  autoPay: 'AutoPay',
  useMapping: 'Use Mapping',
  frequency: 'Frequency',
  day: 'Day',
  time: 'Time',
  preProcessingLeadDays: 'Pre-Processing Lead Days',
  paymentFile: 'Payment File',
  alignTo: 'Align To',
  proration: 'Proration',
  billActivations: 'Bill Activations',
};
