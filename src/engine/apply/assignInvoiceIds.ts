import type { BaseItem } from '../model/planItem';
import { formatInvoiceId, nextInvoiceNumber } from './nextInvoiceNumber';

/**
 * The Invoice ID of each renewal a post appends, by renew item key: consecutive numbers after
 * the highest one `usedIds` holds with `prefix`, in the order the renewals are given (plan
 * order), so the same plan on the same workbook always gets the same IDs.
 *
 * @example
 * assignInvoiceIds([renewA, renewB], ['INV-000041'], 'INV-')
 * // → Map { 'renew:A' => 'INV-000042', 'renew:B' => 'INV-000043' }
 */
export function assignInvoiceIds(renewals: readonly Pick<BaseItem, 'key'>[], usedIds: Iterable<string>, prefix: string): Map<string, string> {
  const ids = new Map<string, string>();
  let next = nextInvoiceNumber(usedIds, prefix);
  for (const item of renewals) {
    ids.set(item.key, formatInvoiceId(prefix, next));
    next += 1n;
  }
  return ids;
}
