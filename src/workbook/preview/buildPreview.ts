import type { LocalDate } from '../../engine/dates/localDate';
import type { InputError } from '../../engine/model/inputError';
import type { RunDefinition } from '../../engine/model/run';
import { Plan, planRun } from '../../engine/plan/planRun';
import { fingerprintInputs } from '../fingerprint/fingerprintInputs';
import { setCell } from '../edit/appendRows';
import type { CellWrite } from '../edit/cellWrite';
import type { SheetWrite } from '../outputGrid';
import { findSheet } from '../read/readWorkbookRecords';
import type { WorkbookReadResult } from '../read/readWorkbookRecords';
import type { SheetGrid, WorkbookGrids } from '../sheetGrid';
import { previewSheet } from '../write/previewSheet';

/** The sheets a plan reads; their cells make up the fingerprint. */
export const INPUT_SHEETS = ['Members', 'Products', 'Seasons', 'Mapping', 'Invoices', 'Applications', 'Settings'] as const;

export interface Preview {
  plan: Plan;
  inputErrors: InputError[];
  fingerprint: string;
  sheet: SheetWrite;
  /** Sets the run's Status to `Previewed` on the Runs sheet (SPEC §4 lifecycle). */
  runStatus: CellWrite[];
}

export interface BuildPreviewOptions {
  grids: WorkbookGrids;
  read: WorkbookReadResult;
  run: RunDefinition;
  asOf: LocalDate;
  excludedKeys?: ReadonlySet<string>;
}

/**
 * Plans a run and lays out its preview sheet: the host-independent heart of `preview` in the
 * CLI and in the task pane. No I/O: the caller writes `sheet` through its host.
 *
 * @example
 * const { plan, sheet } = buildPreview({ grids, read, run, asOf });
 * await host.replaceSheet(sheet);
 */
export function buildPreview(options: BuildPreviewOptions): Preview {
  const { grids, read, run, asOf } = options;
  const plan = planRun({ records: read.records, run, allRuns: read.runs, asOf, excludedKeys: options.excludedKeys });
  const inputs = INPUT_SHEETS.map((name) => findSheet(grids, name)).filter((s): s is SheetGrid => s != null);
  const fingerprint = fingerprintInputs(inputs, run, grids.date1904);
  const inputErrors = read.inputErrors;
  const runStatus = setCell(grids, 'Runs', [], run.row, 'Status', 'Previewed');
  return { plan, inputErrors, fingerprint, sheet: previewSheet({ plan, inputErrors, fingerprint }), runStatus };
}
