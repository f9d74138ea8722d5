import type { LocalDate } from '../../engine/dates/localDate';
import type { GatheredState } from '../../engine/gather/gatheredState';
import type { RunDefinition } from '../../engine/model/run';
import { Plan, planRun } from '../../engine/plan/planRun';
import { fingerprintInputs } from '../fingerprint/fingerprintInputs';
import { findSheet, type WorkbookReadResult } from '../read/readWorkbookRecords';
import type { SheetGrid, WorkbookGrids } from '../sheetGrid';

/** The sheets a plan reads; their cells make up the fingerprint. */
export const INPUT_SHEETS = ['Members', 'Products', 'Seasons', 'Mapping', 'Invoices', 'Applications', 'Settings'] as const;

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
 * Plans a run and fingerprints its inputs, without laying out the preview sheet: what post
 * needs to check that the workbook is unchanged since the preview and to apply the same items.
 * `buildPreview` adds the sheet. No I/O.
 *
 * @example
 * const { plan, fingerprint } = planPreview({ grids, read, run, asOf, excludedKeys });
 * fingerprint === review.fingerprint // → true when nothing changed since the preview
 */
export function planPreview(options: PlanPreviewOptions): PlannedPreview {
  const { grids, read, run, asOf } = options;
  const plan = planRun({ records: read.records, run, allRuns: read.runs, asOf, excludedKeys: options.excludedKeys, gathered: options.gathered });
  const inputs: SheetGrid[] = [];
  for (const name of INPUT_SHEETS) {
    const sheet = findSheet(grids, name);
    if (sheet !== null) inputs.push(sheet);
  }
  return { plan, fingerprint: fingerprintInputs(inputs, run, grids.date1904) };
}
