import { useEffect, useRef } from 'react';

/**
 * A ref for a page's heading (give it `tabIndex={-1}`) that takes focus when the page is shown
 * with `focus` true, so keyboard and screen-reader users land on the new page, not on `<body>`.
 */
export function usePageFocus<T extends HTMLElement>(focus: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return ref;
}
