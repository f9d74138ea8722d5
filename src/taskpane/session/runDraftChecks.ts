import type { OpenedBook } from '../../app/openBook';
import { findRun } from '../../app/findRun';
import { Refusal } from '../../app/refusal';
import type { LocalDate } from '../../engine/dates/localDate';
import { DEFAULT_TEMPLATE_SET } from '../../engine/messages/messageTemplate';
import type { RunDefinition } from '../../engine/model/run';
import { describeSetupWarning } from '../../engine/reasons/describeSetupWarning';
import { deriveRunId } from '../../engine/runs/deriveRunId';
import { checkRunSetup } from '../../engine/setup/checkRunSetup';
import { readRunDraft } from './readRunDraft';
import { editRunWrites, newRunWrites, runDraftValues } from './runDraftWrites';
import type { DraftCheck, RunDraft } from './runsSession';

/**
 * What the run editor shows beside a draft: the ID it would be saved under (typed, or derived
 * from the name unique against every other run), its setup warnings as of `today` together
 * with the other runs, and its field problems; with the run being edited (null for a new run).
 *
 * @example
 * checkRunDraft(book, draft, null, today).check.id // → 'NIGHTLY-2' for a second "Nightly"
 */
export function checkRunDraft(
  book: OpenedBook,
  draft: RunDraft,
  editingRunId: string | null,
  today: LocalDate,
): { check: DraftCheck; editing: RunDefinition | null } {
  const editing = editingRunId === null ? null : findRun(book, editingRunId);
  const others = book.read.runs.filter((r) => r !== editing);
  const { run, problems } = readRunDraft(draft);
  const typed = draft.id.trim().toUpperCase();
  // Derived like the Runs reader derives a blank Run ID: unique against every other run.
  const id = typed !== '' ? typed : deriveRunId(run.name, new Set(others.map((r) => r.id.toUpperCase())));
  const row = editing?.row ?? Math.max(1, ...book.read.runs.map((r) => r.row)) + 1;
  const drafted: RunDefinition = {
    ...run,
    row,
    id,
    idDerived: typed === '',
    status: editing?.status ?? 'Draft',
    lastAsOf: editing?.lastAsOf ?? null,
    lastExecutedAt: editing?.lastExecutedAt ?? null,
    // The editor does not show Template Set: an edited run keeps its cell, a new run gets the default.
    templateSet: editing?.templateSet ?? DEFAULT_TEMPLATE_SET,
    approval: editing?.approval ?? 'required',
  };
  const own = checkRunSetup([drafted], today, book.read.records.settings);
  // Only the draft's own DUPLICATE_RUN_ID: another run sharing the ID has its own warnings.
  const duplicate = checkRunSetup([...others, drafted], today, book.read.records.settings)
    .filter((w) => w.code === 'DUPLICATE_RUN_ID' && w.runId === id)
    .slice(0, 1);
  const warnings = [...own, ...duplicate].map((w) => ({ code: w.code, message: describeSetupWarning(w) }));
  return { check: { id, warnings, problems }, editing };
}

/**
 * Writes the draft to the editing run's Runs row, or appends it as a new Draft run, and
 * returns its ID; refuses (`INVALID_RUN`, every problem named) while it has field problems.
 *
 * @example
 * await saveRunDraft(book, draft, 'NIGHTLY', today) // → 'NIGHTLY'
 */
export async function saveRunDraft(book: OpenedBook, draft: RunDraft, editingRunId: string | null, today: LocalDate): Promise<string> {
  const { check, editing } = checkRunDraft(book, draft, editingRunId, today);
  if (check.problems.length > 0) throw new Refusal('INVALID_RUN', `The run cannot be saved: ${check.problems.join(' ')}`, check.problems);
  const values = runDraftValues(draft, readRunDraft(draft).run, check.id);
  await book.host.writeCells(editing ? editRunWrites(book.grids, editing.row, values) : newRunWrites(book.grids, values));
  return check.id;
}
