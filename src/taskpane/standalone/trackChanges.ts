import { Refusal } from '../../app/refusal';
import type { ReconcileSession } from '../session/reconcileSession';
import type { RunsSession } from '../session/runsSession';
import type { StandaloneWorkbook } from './standaloneBooks';
import { WorkbookChanges } from './workbookChanges';

/** A standalone workbook whose sessions record every change in `changes`. */
export interface TrackedWorkbook extends StandaloneWorkbook {
  changes: WorkbookChanges;
}

/**
 * The RunsSession methods that write to the workbook: the preview sheet and Status (preview,
 * Include, cancel, approve), a post or its revert, a run's row (edit, clone), the Deliveries
 * sheet (downloads of emails and letters). Reads and exports are left out.
 */
export const RUNS_WRITES = [
  'preview',
  'setIncluded',
  'post',
  'approve',
  'cancel',
  'clone',
  'revert',
  'downloadEmails',
  'downloadLetters',
  'saveRun',
] as const satisfies readonly (keyof RunsSession)[];

/** The ReconcileSession methods that write to the workbook: applying settlements. */
export const RECONCILE_WRITES = ['apply'] as const satisfies readonly (keyof ReconcileSession)[];

/**
 * Wraps a standalone workbook's sessions so each writing method marks the workbook changed
 * when it finishes. A Refusal wrote nothing (use cases refuse before they write); any other
 * failure may have written part of its change, so it counts as a change too: better a needless
 * "unsaved" mark than a silent loss.
 *
 * @example
 * const tracked = trackChanges(await books.openDemo(asOf));
 * await tracked.runs.preview('NIGHTLY');
 * tracked.changes.dirty // → true
 */
export function trackChanges(workbook: StandaloneWorkbook, changes = new WorkbookChanges()): TrackedWorkbook {
  return {
    fileName: workbook.fileName,
    toBytes: () => workbook.toBytes(),
    runs: tracked(workbook.runs, RUNS_WRITES, changes),
    reconcile: tracked(workbook.reconcile, RECONCILE_WRITES, changes),
    changes,
  };
}

/** `target` with each method named in `writes` marking `changes` once its promise settles. */
function tracked<T extends object>(target: T, writes: readonly (keyof T)[], changes: WorkbookChanges): T {
  const writing = new Set<PropertyKey>(writes);
  return new Proxy(target, {
    get(object, name) {
      const value: unknown = Reflect.get(object, name, object);
      if (typeof value !== 'function') return value;
      if (!writing.has(name)) return value.bind(object);
      return async (...args: unknown[]) => {
        try {
          const result: unknown = await value.apply(object, args);
          changes.markChanged();
          return result;
        } catch (error) {
          if (!(error instanceof Refusal)) changes.markChanged();
          throw error;
        }
      };
    },
  });
}
