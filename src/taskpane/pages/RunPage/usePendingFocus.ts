import { useCallback, useEffect, useRef, useState } from 'react';

/** Finds the element that should get focus (it may be rendered only after the call ends). */
export type FocusTarget = () => HTMLElement | null | undefined;

/**
 * Focus asked for now and given once the page is idle again (no call running, no dialog open),
 * so that after Preview, a post or a closed dialog focus lands on a sensible element rather
 * than on `<body>` (buttons are disabled while a call runs, and a closed dialog's surface is
 * removed). Retried for a few frames while the target is missing or disabled.
 *
 * @example
 * const focusLater = usePendingFocus(busy === null && !dialogOpen);
 * focusLater(() => tabsRef.current?.querySelector('[aria-selected="true"]'));
 */
export function usePendingFocus(idle: boolean): (target: FocusTarget) => void {
  const pending = useRef<FocusTarget | null>(null);
  const [asked, setAsked] = useState(0);
  const request = useCallback((target: FocusTarget) => {
    pending.current = target;
    setAsked((n) => n + 1);
  }, []);
  useEffect(() => {
    if (!idle || pending.current === null) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout>;
    const attempt = () => {
      const target = pending.current;
      if (target === null) return;
      const element = target();
      if (element && !element.hasAttribute('disabled') && element.isConnected) {
        element.focus();
        // A dialog still closing may take focus back: then try again on the next tick.
        if (element.ownerDocument.activeElement === element) {
          pending.current = null;
          return;
        }
      }
      if (++tries < 20) timer = setTimeout(attempt, 25);
      else pending.current = null;
    };
    // After the dialog's surface and Fluent's own focus handling are gone.
    timer = setTimeout(attempt, 0);
    return () => clearTimeout(timer);
  }, [idle, asked]);
  return request;
}
