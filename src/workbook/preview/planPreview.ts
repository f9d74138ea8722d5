import type { LocalDate } from '../../engine/dates/localDate';
import type { GatheredState } from '../../engine/gather/gatheredState';
import type { RunDefinition } from '../../engine/model/run';
import { Plan, planRun } from '../../engine/plan/planRun';
import { fingerprintInputs } from '../fingerprint/fingerprintInputs';
import { messageContext } from '../messages/messageContext';
import { findSheet, type WorkbookReadResult } from '../read/readWorkbookRecords';
import { checkMessages } from './checkMessages';
import type { SheetGrid, WorkbookGrids } from '../sheetGrid';

/** The sheets a plan reads; their cells make up the fingerprint. */
export const INPUT_SHEETS = ['Members', 'Products', 'Seasons', 'Mapping', 'Invoices', 'Applications', 'Settings', 'Templates'] as const;

export interface PlanPreviewOptions {
  grids: WorkbookGrids;
  read: WorkbookReadResult;
  run: RunDefinition;
  asOf: LocalDate;
  excludedKeys?: ReadonlySet<string>;
  /** The records' indexes, when the caller gathered them already (post applies on the same ones). */
  gathered?: GatheredState;
}

/** What a preview decides: the run's plan, and the fingerprint of the inputs it was made from. */
export interface PlannedPreview {
  plan: Plan;
  fingerprint: string;
}

/**
 * Plans a run, applies the message checks (SPEC §9: unknown merge fields, characters the PDF
 * font lacks; {@link checkMessages}) and fingerprints its inputs (the Templates sheet among
 * them), without laying out the preview sheet: what post
 * needs to check that the workbook is unchanged since the preview and to apply the same items.
 * `buildPreview` adds the sheet. No I/O.
 *
 * @example
 * const { plan, fingerprint } = planPreview({ grids, read, run, asOf, excludedKeys });
 * fingerprint === review.fingerprint // → true when nothing changed since the preview
 */
export function planPreview(options: PlanPreviewOptions): PlannedPreview {
  const { grids, read, run, asOf } = options;
  const planned = planRun({ records: read.records, run, allRuns: read.runs, asOf, excludedKeys: options.excludedKeys, gathered: options.gathered });
  // The message checks of SPEC §9 belong to the plan post re-makes, so both see one status.
  const plan = checkMessages(planned, messageContext(grids, read, run));
  return { plan, fingerprint: inputsFingerprint(grids, run) };
}

/**
 * The fingerprint a preview of the run made now would record — of the input sheets as they
 * are and the run's definition — without planning: enough to tell whether a preview is stale.
 *
 * @example
 * inputsFingerprint(grids, run) === review.fingerprint // → false once an input cell changed
 */
export function inputsFingerprint(grids: WorkbookGrids, run: RunDefinition): string {
  const inputs: SheetGrid[] = [];
  for (const name of INPUT_SHEETS) {
    const sheet = findSheet(grids, name);
    if (sheet !== null) inputs.push(sheet);
  }
  return fingerprintInputs(inputs, run, grids.date1904);
}
