import type { LocalDate } from '../../engine/dates/localDate';
import type { RunOccurrence } from '../../engine/schedule/runOccurrence';

/**
 * What the nightly job knows about one scheduled run before it decides (SPEC §12): its due
 * occurrence and the preview its sheet holds. Gathered from the book by `gatherRunDueState`;
 * a plain value, so the decision is a pure function of it.
 */
export interface RunDueState {
  /** The occurrence `due` computes (§4): the oldest one after Last As Of. */
  due: RunOccurrence;
  /** The run's preview sheet, when there is one for this occurrence's date; else null. */
  preview: PreviewOfOccurrence | null;
}

export interface PreviewOfOccurrence {
  asOf: LocalDate;
  /** Whether the fingerprint on the sheet still equals that of the inputs now (SPEC §5). */
  current: boolean;
}
