import type { ActionDefinition } from '../actions/actionDefinition';
import { amountColumn, dateColumn, personColumns, textColumn, currencyColumn } from '../actions/batchColumn';
import { formatPostedTotal } from '../money/formatPostedTotal';
import { applyDrop } from './applyDrop';
import type { DropBatchRow } from './dropBatchRow';
import type { DropItem } from './dropItem';
import { DROP_REASON_WORDS } from './dropReasonWords';
import { planDrops } from './planDrops';

/**
 * The drop action (SPEC §3.5): expire for non-payment past the drop line. Its posting items
 * propose their memberships as dropped, so notify and collect leave them alone; it forms the
 * Drops batch, whose amount is the open balance each drop cancels.
 */
export const dropAction = {
  action: 'drop',
  position: 3,
  inDefaultRun: true,
  label: 'Drop',
  plan: (ctx) => planDrops(ctx),
  propose: (items, proposals) => ({
    ...proposals,
    droppedMembershipIds: new Set([...proposals.droppedMembershipIds, ...items.map((i) => i.membershipId)]),
  }),
  apply: applyDrop,
  batch: {
    kind: 'drops',
    sheetLabel: 'Drops',
    order: 3,
    columns: [
      ...personColumns<DropBatchRow>(),
      textColumn('Membership ID', (r) => r.membershipId),
      textColumn('Product', (r) => r.product),
      dateColumn('End Date', (r) => r.endDate),
      dateColumn('Termination Date', (r) => r.terminationDate),
      amountColumn((r) => r.amount),
      currencyColumn(),
    ],
  },
  summary: { order: 3, ownLine: false, describe: (rows) => `${rows.length} drops (open balance cancelled ${formatPostedTotal(rows)})` },
  forecast: { order: 3, noun: 'drops', dates: (t) => (t.dropDate === null ? [] : [t.dropDate]) },
  reasonWords: DROP_REASON_WORDS,
} as const satisfies ActionDefinition<'drop', DropItem, DropBatchRow, 'drops'>;
