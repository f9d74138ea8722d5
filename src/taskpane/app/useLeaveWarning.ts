import { useEffect } from 'react';
import { leaveWarning } from '../standalone/leaveWarning';

/**
 * Has the browser confirm before the page is closed, reloaded or navigated away from while
 * `unsaved` is true. The listener is there only while it is needed: a `beforeunload` listener
 * keeps the page out of the browser's back/forward cache.
 */
export function useLeaveWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return undefined;
    const listener = leaveWarning(() => true);
    window.addEventListener('beforeunload', listener);
    return () => window.removeEventListener('beforeunload', listener);
  }, [unsaved]);
}
