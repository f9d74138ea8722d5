/** Every batch row carries who it is about, so a batch can drive a mail merge or an accounting import (SPEC §5). */
export interface BatchPerson {
  memberId: string;
  name: string;
  email: string | null;
}

/** The fields of an item that say who it is about, once the item posts. */
export interface ItemPerson {
  memberId: string;
  name: string | null;
  email: string | null;
}

/**
 * Who a batch row is about (SPEC §5: "every row carries Member ID, Name and Email beside the
 * action's own fields, so a batch can drive a mail merge"). Name is never `null` (`''` when
 * absent) so a mail merge never prints "null"; a blank Email is `null`.
 *
 * @example
 * batchPerson(item) // → { memberId: 'M-1001', name: 'Ada Lovelace', email: 'ada@example.org' }
 */
export function batchPerson(item: ItemPerson): BatchPerson {
  return { memberId: item.memberId, name: item.name ?? '', email: item.email?.trim() || null };
}
