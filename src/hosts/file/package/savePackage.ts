import type { OpenedPackage, SheetEdit } from './packageModel';

/**
 * Placeholder until the writer (built on branch `writer`) is merged: the package with the
 * edits applied, as .xlsx bytes. The integrator replaces this file with the writer's.
 */
export function savePackage(_pkg: OpenedPackage, _edits: readonly SheetEdit[]): Uint8Array {
  throw new Error('savePackage: not merged yet');
}
