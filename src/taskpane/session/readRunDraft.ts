import { formatIsoDateOrNull, parseIsoDate } from '../../engine/dates/isoDate';
import type { LocalDate } from '../../engine/dates/localDate';
import { ACTIONS, type MonthDay, type PaymentFileFormat, type Proration, type RunDefinition, type Schedule } from '../../engine/model/run';
import type { CellContext } from '../../workbook/cells/cellParser';
import { parseAlignToCell } from '../../workbook/cells/parseAlignToCell';
import { parseRunIdCell } from '../../workbook/cells/parseRunIdCell';
import { parseTimeCell } from '../../workbook/cells/parseTimeCell';
import { readSchedule } from '../../workbook/read/runs/readSchedule';
import { PAYMENT_FILE_FORMATS, PRORATIONS } from '../../workbook/schema/runsSheet';
import type { RunDraft } from './runsSession';

/** The fields of a run the editor sets (the rest — row, ID, status, last dates — the caller sets). */
export type DraftedRun = Omit<RunDefinition, 'row' | 'id' | 'idDerived' | 'status' | 'lastAsOf' | 'lastExecutedAt' | 'templateSet' | 'approval'>;

const NUMBER_FIELDS = {
  leadDays: 'Lead Days',
  expiryWindowDays: 'Expiry Window Days',
  noticeIntervalDays: 'Notice Interval Days',
  maxNotices: 'Max Notices',
  dropAfterDays: 'Drop After Days',
  preProcessingLeadDays: 'Pre-Processing Lead Days',
} as const;
const DATE_FIELDS = { expiringBy: 'Expiring By', effectiveDate: 'Effective Date', collectThrough: 'Collect Through' } as const;
const WHOLE_NUMBER = /^\d+$/;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Day, Time and Run ID are read as the Runs reader reads them; text dates are only ISO here. */
const context = (column: string): CellContext => ({ column, date1904: false, dateOrder: 'DMY' });

/**
 * Reads an editor draft as a run definition, with every field problem in words, all together
 * (SPEC §4 rules: whole numbers 0 or more, ISO dates, a Day of the Frequency's kind, an HH:MM
 * Time, a Run ID of 1–20 of A-Z 0-9 - _, a Payment File of sepa, nacha or blank; SPEC §11: an
 * Align To `MM-DD` every year has, or blank, and a Proration of none, monthly or daily). A field
 * with a problem reads as blank, so the setup checks can still run on the rest.
 *
 * @example
 * readRunDraft({ ...draft, dropAfterDays: '-3' })
 * // → { run: { …, dropAfterDays: null }, problems: ["Drop After Days '-3' is not a whole number of days (0 or more)."] }
 * readRunDraft({ ...draft, alignTo: '02-30' }).problems
 * // → ["Align To '02-30' is not a month and day (MM-DD) such as 03-15."]
 */
export function readRunDraft(draft: RunDraft): { run: DraftedRun; problems: string[] } {
  const problems: string[] = [];
  const number = (field: keyof typeof NUMBER_FIELDS): number | null => {
    const text = draft[field].trim();
    if (text === '') return null;
    if (WHOLE_NUMBER.test(text)) return Number(text);
    problems.push(`${NUMBER_FIELDS[field]} '${text}' is not a whole number of days (0 or more).`);
    return null;
  };
  const date = (field: keyof typeof DATE_FIELDS): LocalDate | null => {
    const text = draft[field].trim();
    if (text === '') return null;
    const value = parseIsoDate(text);
    if (value === null) problems.push(`${DATE_FIELDS[field]} '${text}' is not a date written YYYY-MM-DD.`);
    return value;
  };
  if (draft.name.trim() === '') problems.push('Name is required.');
  const id = draft.id.trim();
  if (id !== '') {
    const read = parseRunIdCell(id, context('Run ID'));
    if (!read.ok) problems.push(`${read.message}.`);
  }
  if (draft.actions.length === 0) problems.push('Choose at least one action.');
  const day = draft.day.trim();
  const schedule = readSchedule(draft.frequency === '' ? null : draft.frequency, day === '' ? null : day, context('Day'));
  if (!schedule.ok) problems.push(`${schedule.message}.`);
  const timeText = draft.time.trim();
  const time = timeText === '' ? null : parseTimeCell(timeText, context('Time'));
  if (time && !time.ok) problems.push(`${time.message}.`);
  const paymentFile = (): PaymentFileFormat | null => {
    const value = draft.paymentFile;
    if (value === '') return null;
    if (PAYMENT_FILE_FORMATS.includes(value)) return value;
    problems.push(`Payment File '${String(value)}' is not one of ${PAYMENT_FILE_FORMATS.join(', ')} (or blank for none).`);
    return null;
  };
  const alignTo = (): MonthDay | null => {
    const text = draft.alignTo.trim();
    if (text === '') return null;
    const read = parseAlignToCell(text, context('Align To'));
    if (read.ok) return read.value;
    problems.push(`${read.message}.`);
    return null;
  };
  const proration = (): Proration => {
    if (PRORATIONS.includes(draft.proration)) return draft.proration;
    problems.push(`Proration '${String(draft.proration)}' is not one of ${PRORATIONS.join(', ')}.`);
    return 'monthly';
  };
  const run: DraftedRun = {
    name: draft.name.trim(),
    actions: ACTIONS.filter((a) => draft.actions.includes(a)),
    mode: draft.mode,
    leadDays: number('leadDays'),
    expiringBy: date('expiringBy'),
    expiryWindowDays: number('expiryWindowDays'),
    effectiveDate: date('effectiveDate'),
    noticeIntervalDays: number('noticeIntervalDays'),
    maxNotices: number('maxNotices'),
    dropAfterDays: number('dropAfterDays'),
    collectThrough: date('collectThrough'),
    memberTypes: draft.memberTypes.map((t) => t.trim()).filter((t) => t !== ''),
    autoPay: draft.autoPay,
    useMapping: draft.useMapping === '' ? null : draft.useMapping === 'yes',
    schedule: schedule.ok ? schedule.value : null,
    time: time?.ok ? time.value : null,
    preProcessingLeadDays: number('preProcessingLeadDays') ?? 0,
    paymentFile: paymentFile(),
    alignTo: alignTo(),
    proration: proration(),
    billActivations: draft.billActivations,
  };
  return { run, problems };
}

/**
 * A run definition as the editor's form holds it; the ID is always shown as it is now, so an
 * edit keeps the run's ID unless staff change it.
 *
 * @example
 * draftOfRun(run) // → { name: 'Nightly', id: 'NIGHTLY', leadDays: '30', day: 'Monday', … }
 */
export function draftOfRun(run: RunDefinition): RunDraft {
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    name: run.name,
    id: run.id,
    actions: [...run.actions],
    mode: run.mode,
    leadDays: text(run.leadDays),
    expiringBy: formatIsoDateOrNull(run.expiringBy) ?? '',
    expiryWindowDays: text(run.expiryWindowDays),
    effectiveDate: formatIsoDateOrNull(run.effectiveDate) ?? '',
    noticeIntervalDays: text(run.noticeIntervalDays),
    maxNotices: text(run.maxNotices),
    dropAfterDays: text(run.dropAfterDays),
    collectThrough: formatIsoDateOrNull(run.collectThrough) ?? '',
    memberTypes: [...run.memberTypes],
    autoPay: run.autoPay,
    useMapping: run.useMapping === null ? '' : run.useMapping ? 'yes' : 'no',
    frequency: run.schedule?.frequency ?? '',
    day: dayText(run.schedule),
    time: run.time ?? '',
    preProcessingLeadDays: String(run.preProcessingLeadDays),
    paymentFile: run.paymentFile ?? '',
    alignTo: run.alignTo === null ? '' : monthDayText(run.alignTo),
    proration: run.proration,
    billActivations: run.billActivations,
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A month and day as Align To and a yearly Day write it.
 *
 * @example
 * monthDayText({ month: 3, day: 1 }) // → '03-01'
 */
export function monthDayText({ month, day }: MonthDay): string {
  return `${two(month)}-${two(day)}`;
}

function dayText(schedule: Schedule | null): string {
  switch (schedule?.frequency) {
    case 'weekly':
      return WEEKDAY_NAMES[schedule.weekday] ?? '';
    case 'monthly':
      return String(schedule.dayOfMonth);
    case 'yearly':
      return monthDayText(schedule);
    default:
      return '';
  }
}
