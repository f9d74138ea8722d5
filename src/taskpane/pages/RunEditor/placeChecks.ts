import type { DraftCheck } from '../../session/runsSession';
import { type DraftField, FIELD_LABELS, RUN_EDITOR_SECTIONS, type SectionId } from './runEditorSections';

/** Where a check's message is shown: beside a field, at the top of a section, or of the form. */
export type CheckPlace = { field: DraftField } | { section: SectionId } | { form: true };

/** The messages shown in one place: problems (Save waits for them) and warnings. */
export interface PlacedMessages {
  problems: string[];
  warnings: string[];
}

/** A draft check's messages by where they are shown. */
export interface PlacedChecks {
  fields: Partial<Record<DraftField, PlacedMessages>>;
  sections: Partial<Record<SectionId, PlacedMessages>>;
  form: PlacedMessages;
}

/** The field each setup warning code (engine/model/setupWarning.ts) is about; the rest belong to a section. */
const WARNING_PLACES: Readonly<Record<string, CheckPlace>> = {
  LEAD_DAYS_TOO_EARLY: { field: 'leadDays' },
  DROP_TOO_QUICK: { field: 'dropAfterDays' },
  DROP_BEFORE_SECOND_NOTICE: { field: 'dropAfterDays' },
  DROP_WITHOUT_NOTIFY: { field: 'actions' },
  EFFECTIVE_DATE_PAST: { field: 'effectiveDate' },
  // Lead Days, Expiring By or Expiry Window Days would each do: the section says it.
  NO_RENEWAL_WINDOW: { section: 'renewals' },
  NO_EFFECTIVE_DATE: { field: 'effectiveDate' },
  NO_DROP_AFTER_DAYS: { field: 'dropAfterDays' },
  BILL_ACTIVATIONS_WITHOUT_ACTIVATE: { field: 'billActivations' },
  ALIGN_TO_WITHOUT_ACTIVATE: { field: 'alignTo' },
  DUPLICATE_RUN_ID: { field: 'id' },
  PAYMENT_FILE_SETTINGS: { field: 'paymentFile' },
  INVOICE_PREFIX_NOT_SEPA: { field: 'paymentFile' },
  PAYMENT_FILE_WITHOUT_COLLECT: { field: 'paymentFile' },
};

/** Labels longest first, so "Drop After Days …" is never taken for "Day …". */
const LABELS_LONGEST_FIRST = (Object.entries(FIELD_LABELS) as [DraftField, string][]).sort((a, b) => b[1].length - a[1].length);

/**
 * Where a setup warning is shown, by its code; an unknown code at the top of the form.
 *
 * @example
 * placeOfWarning('DROP_TOO_QUICK') // → { field: 'dropAfterDays' }
 * placeOfWarning('NO_RENEWAL_WINDOW') // → { section: 'renewals' }
 */
export function placeOfWarning(code: string): CheckPlace {
  return WARNING_PLACES[code] ?? { form: true };
}

/**
 * Where a field problem is shown: problems begin with their field's label (readRunDraft.ts),
 * "Choose at least one action." belongs to Actions; anything else to the top of the form.
 *
 * @example
 * placeOfProblem("Lead Days '-1' is not a whole number of days (0 or more).") // → { field: 'leadDays' }
 */
export function placeOfProblem(problem: string): CheckPlace {
  if (problem.startsWith('Choose at least one action')) return { field: 'actions' };
  const found = LABELS_LONGEST_FIRST.find(([, label]) => problem.startsWith(`${label} `) || problem.startsWith(`${label}.`));
  return found ? { field: found[0] } : { form: true };
}

const empty = (): PlacedMessages => ({ problems: [], warnings: [] });

/**
 * Sorts a draft check's problems and warnings into the places they are shown.
 *
 * @example
 * placeChecks({ id: 'Q', problems: [], warnings: [{ code: 'DROP_TOO_QUICK', message: 'Drop After Days is 10: …' }] })
 * // → { fields: { dropAfterDays: { problems: [], warnings: ['Drop After Days is 10: …'] } }, sections: {}, form: { problems: [], warnings: [] } }
 */
export function placeChecks(check: DraftCheck | null): PlacedChecks {
  const placed: PlacedChecks = { fields: {}, sections: {}, form: empty() };
  const at = (place: CheckPlace): PlacedMessages => {
    if ('field' in place) return (placed.fields[place.field] ??= empty());
    if ('section' in place) return (placed.sections[place.section] ??= empty());
    return placed.form;
  };
  for (const problem of check?.problems ?? []) at(placeOfProblem(problem)).problems.push(problem);
  for (const warning of check?.warnings ?? []) at(placeOfWarning(warning.code)).warnings.push(warning.message);
  return placed;
}

/** How many problems and warnings. */
export interface CheckCount {
  problems: number;
  warnings: number;
}

const add = (a: CheckCount, b: PlacedMessages | undefined): CheckCount => ({
  problems: a.problems + (b?.problems.length ?? 0),
  warnings: a.warnings + (b?.warnings.length ?? 0),
});

/**
 * How many problems and warnings a section holds: its fields' and its own.
 *
 * @example
 * sectionCount(placed, 'notices') // → { problems: 0, warnings: 2 }
 */
export function sectionCount(placed: PlacedChecks, section: SectionId): CheckCount {
  const fields = RUN_EDITOR_SECTIONS.find((s) => s.id === section)?.fields ?? [];
  return fields.reduce((count, field) => add(count, placed.fields[field]), add({ problems: 0, warnings: 0 }, placed.sections[section]));
}

/**
 * A count in words, problems first; empty when there is nothing.
 *
 * @example
 * describeCount({ problems: 1, warnings: 2 }) // → '1 problem · 2 warnings'
 * describeCount({ problems: 0, warnings: 1 }) // → '1 warning'
 */
export function describeCount({ problems, warnings }: CheckCount): string {
  const words = (n: number, one: string) => (n === 0 ? [] : [`${n} ${one}${n === 1 ? '' : 's'}`]);
  return [...words(problems, 'problem'), ...words(warnings, 'warning')].join(' · ');
}
