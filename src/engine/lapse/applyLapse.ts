import type { AppliedItem } from '../actions/actionDefinition';
import type { ApplyContext } from '../apply/applyContext';
import { batchPerson } from '../apply/batchPerson';
import type { PostingOf } from '../model/planItem';
import type { LapseBatchRow } from './lapseBatchRow';
import type { LapseItem } from './lapseItem';

/**
 * Posts a lapse item (SPEC §11 Grace): the Members row's Status → the `Grace Status` setting.
 * Nothing else changes: the membership keeps its End Date, Member Type and invoices, and the
 * journal records the old Status like every other change, so a revert restores `Active`.
 *
 * @example
 * applyLapse(lapseItem, ctx).updates // → [{ sheet: 'Members', row: 4, values: { Status: 'Grace' } }]
 */
export function applyLapse(item: PostingOf<LapseItem>, ctx: ApplyContext): AppliedItem<LapseBatchRow> {
  const person = batchPerson(item);
  const batchRow: LapseBatchRow = {
    memberId: person.memberId,
    name: person.name,
    email: person.email,
    membershipId: item.membershipId,
    product: item.product,
    endDate: item.endDate,
  };
  return { updates: [{ sheet: 'Members', row: item.memberRow, values: { Status: ctx.settings.graceStatus } }], appends: [], batchRow };
}
