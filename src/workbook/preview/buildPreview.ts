import type { InputError } from '../../engine/model/inputError';
import type { Plan } from '../../engine/plan/planRun';
import { setCell } from '../edit/appendRows';
import type { CellWrite } from '../edit/cellWrite';
import type { SheetWrite } from '../outputGrid';
import { previewSheet } from '../write/previewSheet';
import { planPreview, type PlanPreviewOptions } from './planPreview';

export { INPUT_SHEETS } from './planPreview';

export interface Preview {
  plan: Plan;
  inputErrors: InputError[];
  fingerprint: string;
  sheet: SheetWrite;
  /** Sets the run's Status to `Previewed` on the Runs sheet (SPEC §4 lifecycle). */
  runStatus: CellWrite[];
}

export type BuildPreviewOptions = PlanPreviewOptions;

/**
 * Plans a run and lays out its preview sheet: the host-independent heart of `preview` in the
 * CLI and in the task pane. No I/O: the caller writes `sheet` through its host.
 *
 * @example
 * const { plan, sheet } = buildPreview({ grids, read, run, asOf });
 * await host.replaceSheet(sheet);
 */
export function buildPreview(options: BuildPreviewOptions): Preview {
  const { grids, read, run } = options;
  const { plan, fingerprint } = planPreview(options);
  const inputErrors = read.inputErrors;
  const runStatus = setCell(grids, 'Runs', [], run.row, 'Status', 'Previewed');
  return { plan, inputErrors, fingerprint, sheet: previewSheet({ plan, inputErrors, fingerprint }), runStatus };
}
