import type { PlanItem } from '../model/planItem';

/**
 * A field a posting item must have, or an Error. A `ready`/`warning` item always carries the
 * fields its action posts (a renewal its term and amount, a notice its number); an empty one
 * means the plan and the apply step disagree — a programming error, never a user's mistake,
 * so it throws rather than writing a blank cell into the workbook.
 *
 * @example
 * requireField(renewItem, 'amount') // → 120
 * requireField(dropItem, 'amount')  // → the open balance; throws when it is null
 */
export function requireField<K extends keyof PlanItem>(item: PlanItem, field: K): NonNullable<PlanItem[K]> {
  const value = item[field];
  if (value === null || value === undefined) {
    throw new Error(`Cannot post ${item.key}: its ${String(field)} is empty, which a ${item.status} ${item.action} item never has.`);
  }
  return value as NonNullable<PlanItem[K]>;
}
