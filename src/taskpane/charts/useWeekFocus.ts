import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/** Which week the tooltip shows, and the handlers that move it (one Tab stop; arrow keys between weeks). */
export interface WeekFocus {
  /** The week with the Tab stop (tabIndex 0); the others are -1. */
  active: number;
  /** A week has keyboard focus (the active one). */
  focused: boolean;
  /** The week whose tooltip shows: the hovered one, else the focused one, else none. */
  shown: number | null;
  /** Keeps each week's focusable element, so arrow keys can move focus to it. */
  weekRef: (index: number) => (el: SVGElement | null) => void;
  onWeekFocus: (index: number) => void;
  onWeekBlur: () => void;
  onWeekHover: (index: number | null) => void;
  /** Arrow keys: one week; Page Up/Down: four weeks; Home/End: the first and last week. */
  onKeyDown: (event: KeyboardEvent) => void;
}

const STEPS: Record<string, (i: number, last: number) => number> = {
  ArrowRight: (i) => i + 1,
  ArrowDown: (i) => i + 1,
  ArrowLeft: (i) => i - 1,
  ArrowUp: (i) => i - 1,
  PageDown: (i) => i + 4,
  PageUp: (i) => i - 4,
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * Roving focus over `count` weeks: the chart is one Tab stop, arrow keys move between weeks,
 * and the tooltip follows the pointer or, without one, the focused week.
 */
export function useWeekFocus(count: number): WeekFocus {
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState<number | null>(null);
  const elements = useRef<(SVGElement | null)[]>([]);
  const weekRef = useCallback((index: number) => (el: SVGElement | null) => void (elements.current[index] = el), []);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const step = STEPS[event.key];
      if (!step || count === 0) return;
      event.preventDefault();
      const next = Math.min(count - 1, Math.max(0, step(active, count - 1)));
      setActive(next);
      elements.current[next]?.focus();
    },
    [active, count],
  );
  const current = Math.min(active, Math.max(0, count - 1));
  return {
    active: current,
    focused,
    shown: hovered ?? (focused ? current : null),
    weekRef,
    onWeekFocus: (index) => {
      setActive(index);
      setFocused(true);
    },
    onWeekBlur: () => setFocused(false),
    onWeekHover: setHovered,
    onKeyDown,
  };
}
