import type { PlanItem } from '../model/planItem';
import type { BatchPerson } from './batches';
import { requireField } from './requireField';

/**
 * Who a batch row is about (SPEC §5: "every row carries Member ID, Name and Email beside the
 * action's own fields, so a batch can drive a mail merge"). Name is never `null` (`''` when
 * absent) so a mail merge never prints "null"; a blank Email is `null`.
 *
 * @example
 * batchPerson(item) // → { memberId: 'M-1001', name: 'Ada Lovelace', email: 'ada@example.org' }
 */
export function batchPerson(item: PlanItem): BatchPerson {
  return { memberId: requireField(item, 'memberId'), name: item.name ?? '', email: item.email?.trim() || null };
}
