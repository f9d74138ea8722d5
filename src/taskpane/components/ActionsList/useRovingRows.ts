import type { Virtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type RefObject, useCallback, useEffect, useRef, useState } from 'react';

/** Keys that move between rows, and where each one goes from `index` in a list of `count`. */
const MOVES: Record<string, (index: number, count: number, page: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
  PageDown: (i, n, page) => Math.min(i + page, n - 1),
  PageUp: (i, _, page) => Math.max(i - page, 0),
};

export interface RovingRows {
  /** The row that holds the list's one Tab stop (`tabIndex` 0); every other row has -1. */
  activeIndex: number;
  /** Moves the Tab stop to a row (a click on it), without moving focus. */
  setActiveIndex: (index: number) => void;
  /** The rows' keydown handler: arrows, Home/End, PageUp/PageDown move focus between rows. Returns whether it handled the key. */
  onRowKeyDown: (event: KeyboardEvent<HTMLElement>, index: number) => boolean;
  /** Focuses a row (scrolling it into view first), e.g. after its Include switch was clicked. */
  focusRow: (index: number) => void;
}

/**
 * A roving tabindex over a virtualised list (the ARIA grid pattern): the list is one Tab stop,
 * and the arrow keys move between rows. A row scrolled out of view is rendered again by the
 * virtualiser before it is focused.
 *
 * @example
 * const roving = useRovingRows(filtered.length, virtualizer, scrollRef);
 * <div role="row" tabIndex={i === roving.activeIndex ? 0 : -1} onKeyDown={(e) => roving.onRowKeyDown(e, i)} />
 */
export function useRovingRows(count: number, virtualizer: Virtualizer<HTMLDivElement, Element>, scrollRef: RefObject<HTMLDivElement>): RovingRows {
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const [, setGeneration] = useState(0);
  // A shorter list (a filter) keeps the Tab stop on a row that exists.
  const active = count === 0 ? 0 : Math.min(activeIndex, count - 1);

  const focusRow = useCallback(
    (index: number) => {
      setActiveIndex(index);
      pendingFocus.current = index;
      virtualizer.scrollToIndex(index);
      setGeneration((g) => g + 1);
    },
    [virtualizer],
  );

  // After the virtualiser has rendered the row, focus it.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus();
    }
  });

  const onRowKeyDown = (event: KeyboardEvent<HTMLElement>, index: number) => {
    const move = MOVES[event.key];
    if (!move || count === 0) return false;
    event.preventDefault();
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / 64));
    focusRow(move(index, count, page));
    return true;
  };

  return { activeIndex: active, setActiveIndex, onRowKeyDown, focusRow };
}
