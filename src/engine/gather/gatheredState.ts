import type { Invoice, Member, Product, Season } from '../model/records';
import { nameKey } from './nameKey';
import type { WorkbookRecords } from './workbookRecords';

/**
 * The records with the indexes the rules look things up by, built once per plan so that no
 * rule scans one sheet per row of another (cost stays linear in rows).
 */
export interface GatheredState {
  records: WorkbookRecords;
  /** Products by {@link nameKey}. */
  productsByKey: Map<string, Product>;
  /** Invoices by Membership ID, in sheet order. */
  invoicesByMembership: Map<string, Invoice[]>;
  membersByMembershipId: Map<string, Member>;
  /** Memberships by Member ID, in sheet order. */
  membersByMemberId: Map<string, Member[]>;
  /** Seasons sorted by Start Date. */
  seasonsByStart: Season[];
}

/**
 * Indexes the records for planning. Does not change `records`.
 *
 * @example
 * const state = gather(records);
 * state.invoicesByMembership.get('M-1001') // → that membership's invoices
 */
export function gather(records: WorkbookRecords): GatheredState {
  const productsByKey = new Map<string, Product>();
  for (const p of records.products) productsByKey.set(nameKey(p.product), p);
  const invoicesByMembership = new Map<string, Invoice[]>();
  for (const inv of records.invoices) pushTo(invoicesByMembership, inv.membershipId, inv);
  const membersByMembershipId = new Map<string, Member>();
  const membersByMemberId = new Map<string, Member[]>();
  for (const m of records.members) {
    membersByMembershipId.set(m.membershipId, m);
    pushTo(membersByMemberId, m.memberId, m);
  }
  const seasonsByStart = [...records.seasons].sort((a, b) => a.startDate - b.startDate);
  return { records, productsByKey, invoicesByMembership, membersByMembershipId, membersByMemberId, seasonsByStart };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
