import { ExcelModelError } from './modelError';

/** `Excel.RunOptions` as the model reads them. */
export interface ModelRunOptions {
  delayForCellEdit?: boolean;
}

/**
 * The user editing a cell, as Excel.RunOptions describes it: while a cell is in edit mode, a
 * batch run without `delayForCellEdit` fails at once with `InvalidOperationInCellEditMode`; with
 * `delayForCellEdit: true` it waits until the user leaves the cell, then runs.
 *
 * @example
 * model.cellEdit.begin();
 * const post = host.writeCells(writes); // waits
 * model.cellEdit.end();                  // now it runs
 */
export class CellEditMode {
  private ended: Promise<void> | null = null;
  private finish: (() => void) | null = null;
  /** How many batches waited for the user to leave the cell. */
  delayedBatches = 0;

  get editing(): boolean {
    return this.ended !== null;
  }

  /** The user starts typing in a cell. */
  begin(): void {
    if (this.ended !== null) return;
    this.ended = new Promise((resolve) => (this.finish = resolve));
  }

  /** The user leaves the cell (Enter, Esc or a click elsewhere): waiting batches run. */
  end(): void {
    const finish = this.finish;
    this.ended = null;
    this.finish = null;
    finish?.();
  }

  /** Lets a batch start: at once outside cell edit; else waits, or fails without `delayForCellEdit`. */
  async admit(options: ModelRunOptions): Promise<void> {
    while (this.ended !== null) {
      if (!options.delayForCellEdit) {
        throw new ExcelModelError(
          'InvalidOperationInCellEditMode',
          'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
          'Excel.run',
        );
      }
      this.delayedBatches += 1;
      await this.ended;
    }
  }
}
