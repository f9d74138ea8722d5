import type { ItemStatus } from '../../../engine/model/planItem';
import type { Action } from '../../../engine/model/run';
import type { ItemView } from '../../session/runsSession';

export interface ItemFilter {
  /** null = every action. */
  action: Action | null;
  /** null = every status. */
  status: ItemStatus | null;
  /** Free text matched, case-insensitively, in key, name, member ID and invoice ID. */
  text: string;
}

/**
 * The items passing the filter, in their order. One pass and no allocation per item beyond the
 * result, so filtering 100,000 items stays well under a frame's worth of work per keystroke.
 */
export function filterItems(items: readonly ItemView[], { action, status, text }: ItemFilter): ItemView[] {
  const needle = text.trim().toLowerCase();
  if (!action && !status && !needle) return items as ItemView[];
  return items.filter(
    (item) =>
      (!action || item.action === action) &&
      (!status || item.status === status) &&
      (!needle ||
        item.key.toLowerCase().includes(needle) ||
        (item.name?.toLowerCase().includes(needle) ?? false) ||
        (item.memberId?.toLowerCase().includes(needle) ?? false) ||
        (item.invoiceId?.toLowerCase().includes(needle) ?? false)),
  );
}
