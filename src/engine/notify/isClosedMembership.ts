import { nameKey } from '../gather/nameKey';

/**
 * Whether a Members row Status means the membership has ended, so its invoices get no more
 * notices (SPEC §3.4 "is not `Dropped`/`Cancelled`"). The `Dropped Status` setting is what a
 * posted drop writes, so it counts too. Compared trimmed and ignoring case, like every name.
 *
 * @example
 * isClosedMembership('Cancelled', 'Dropped') // → true
 * isClosedMembership('lapsed', 'Lapsed')     // → true
 * isClosedMembership('Expired', 'Dropped')   // → false (still owes; still reminded)
 */
export function isClosedMembership(status: string, droppedStatus: string): boolean {
  const key = nameKey(status);
  return key === 'dropped' || key === 'cancelled' || key === nameKey(droppedStatus);
}
