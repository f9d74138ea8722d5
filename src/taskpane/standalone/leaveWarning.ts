/** The part of a `beforeunload` event the warning uses (tests pass a fake). */
export interface LeaveEvent {
  preventDefault(): void;
  returnValue: unknown;
}

/**
 * A `beforeunload` listener that asks the browser to confirm leaving the page while
 * `hasUnsavedChanges()` is true, and lets the page go otherwise. Browsers show their own words;
 * `preventDefault` is the standard way to ask, a truthy `returnValue` the one Chromium before
 * 119 and older webviews still need (an empty string does not ask there).
 *
 * @example
 * window.addEventListener('beforeunload', leaveWarning(() => changes.dirty));
 */
export function leaveWarning(hasUnsavedChanges: () => boolean): (event: LeaveEvent) => void {
  return (event) => {
    if (!hasUnsavedChanges()) return;
    event.preventDefault();
    event.returnValue = true;
  };
}
