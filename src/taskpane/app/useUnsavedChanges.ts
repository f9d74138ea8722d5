import { useCallback, useSyncExternalStore } from 'react';
import type { WorkbookChanges } from '../standalone/workbookChanges';

/**
 * Whether the standalone workbook has unsaved changes, re-rendering when that changes; false
 * without a workbook (inside Excel, which saves the workbook itself).
 */
export function useUnsavedChanges(changes: WorkbookChanges | null): boolean {
  const subscribe = useCallback((listener: () => void) => changes?.subscribe(listener) ?? (() => undefined), [changes]);
  return useSyncExternalStore(subscribe, () => changes?.dirty ?? false);
}
