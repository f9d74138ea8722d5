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
  readonly membersByMembershipId: Map<string, Member>;
  /** Memberships by Member ID, in sheet order. */
  readonly membersByMemberId: Map<string, Member[]>;
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
  const seasonsByStart = [...records.seasons].sort((a, b) => a.startDate - b.startDate);
  // The member indexes are built on first use: a nightly renew/notify/drop run needs neither
  // (notify and the drops' posting look up only the members they ask about, see
  // membersOfMemberships and membershipsOfMembers), and a million-entry Map costs both time and
  // memory.
  let byMembershipId: Map<string, Member> | undefined;
  let byMemberId: Map<string, Member[]> | undefined;
  return {
    records,
    productsByKey,
    invoicesByMembership,
    seasonsByStart,
    get membersByMembershipId() {
      if (!byMembershipId) {
        byMembershipId = new Map();
        for (const m of records.members) byMembershipId.set(m.membershipId, m);
      }
      return byMembershipId;
    },
    get membersByMemberId() {
      if (!byMemberId) {
        byMemberId = new Map();
        for (const m of records.members) pushTo(byMemberId, m.memberId, m);
      }
      return byMemberId;
    },
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
