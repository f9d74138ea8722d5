import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { ItemStatus } from '../../../engine/model/planItem';
import type { Action } from '../../../engine/model/run';
import type { ItemMessage, ItemView } from '../../session/runsSession';
import { filterItems } from './filterItems';
import { type RovingRows, useRovingRows } from './useRovingRows';

/**
 * A row's height before it is measured: rows grow to show an item's reason in full, and the
 * virtualiser measures only the rows it renders (smooth at 100,000 items).
 */
export const ROW_HEIGHT = 64;

export interface ActionsListProps {
  items: readonly ItemView[];
  /** Called when staff turn an excludable item's Include on or off. */
  onIncludeChange: (key: string, included: boolean) => void;
  /** Called when an item is clicked (or Enter pressed on it): select its row in the sheet. */
  onSelectItem: (key: string) => void;
  /** While a session call runs, the Include switches are disabled. */
  disabled?: boolean;
  /** Renders an item's message; without it the rows offer no Message button. */
  loadMessage?: (key: string) => Promise<ItemMessage | null>;
}

export interface ActionsListState {
  disabled: boolean;
  total: number;
  filtered: ItemView[];
  actions: Action[];
  action: Action | null;
  status: ItemStatus | null;
  text: string;
  setAction: (action: Action | null) => void;
  setStatus: (status: ItemStatus | null) => void;
  setText: (text: string) => void;
  scrollRef: React.RefObject<HTMLDivElement>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  onIncludeChange: (key: string, included: boolean) => void;
  onSelectItem: (key: string) => void;
  loadMessage: ((key: string) => Promise<ItemMessage | null>) | null;
  /** The item whose message dialog is open, or null. */
  messageKey: string | null;
  setMessageKey: (key: string | null) => void;
  /** The list's one Tab stop and the arrow keys between rows. */
  roving: RovingRows;
}

/** The filters, the filtered items and the virtualiser that renders only the visible rows. */
export function useActionsList({ items, onIncludeChange, onSelectItem, disabled = false, loadMessage }: ActionsListProps): ActionsListState {
  const [messageKey, setMessageKey] = useState<string | null>(null);
  const [action, setAction] = useState<Action | null>(null);
  const [status, setStatus] = useState<ItemStatus | null>(null);
  const [text, setText] = useState('');
  // Typing stays responsive on huge lists: the filter catches up with the search box.
  const deferredText = useDeferredValue(text);
  const filtered = useMemo(() => filterItems(items, { action, status, text: deferredText }), [items, action, status, deferredText]);
  const actions = useMemo(() => [...new Set(items.map((item) => item.action))], [items]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // incompatible-library only says the React Compiler would leave this hook unmemoised because
  // useVirtualizer returns fresh functions; the pane is not built with the compiler, and the
  // virtualiser is meant to re-render the list as it scrolls, so there is nothing to fix.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: filtered.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => filtered[index].key,
    // jsdom measures 0: keep the estimate there rather than render every row.
    measureElement: (element) => element.getBoundingClientRect().height || ROW_HEIGHT,
  });
  const roving = useRovingRows(filtered.length, virtualizer, scrollRef);
  return {
    disabled,
    total: items.length,
    filtered,
    actions,
    action,
    status,
    text,
    setAction,
    setStatus,
    setText,
    scrollRef,
    virtualizer,
    onIncludeChange,
    onSelectItem,
    loadMessage: loadMessage ?? null,
    messageKey,
    setMessageKey,
    roving,
  };
}
