/** Problems the scan finds; the caller words them for its sheet (beyond the grid, unreadable). */
export class SheetScanProblem extends Error {
  constructor(
    readonly kind: 'beyondGrid' | 'unreadable',
    message: string,
  ) {
    super(message);
  }
}

/**
 * A {@link SheetScanProblem} for XML the scan cannot read, `what` saying what it met.
 *
 * @example
 * throw unreadable('an unterminated tag'); // → "Sheet X could not be read: an unterminated tag" once worded
 */
export function unreadable(what: string): SheetScanProblem {
  return new SheetScanProblem('unreadable', what);
}
