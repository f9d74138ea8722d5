import type { ActionDefinition } from '../actions/actionDefinition';
import { dateColumn, personColumns, textColumn } from '../actions/batchColumn';
import { addDays } from '../dates/localDate';
import { applyLapse } from './applyLapse';
import type { LapseBatchRow } from './lapseBatchRow';
import type { LapseItem } from './lapseItem';
import { planLapses } from './planLapses';

/**
 * The lapse action (SPEC §11 Grace): an `Active` membership past its End Date, unpaid, moves to
 * the `Grace Status`. Evaluated after renew and before drop (`position: 2.5`, a sort key). Not in
 * a blank Actions cell's default run: SPEC §4's default is `renew, notify, drop`, and a Status
 * nobody asked for would surprise; a run lists `lapse` in Actions to use it. It proposes
 * nothing: grace memberships are renewed, notified, collected and dropped as if `Active`.
 */
export const lapseAction = {
  action: 'lapse',
  position: 2.5,
  inDefaultRun: false,
  label: 'Lapse',
  plan: (ctx) => planLapses(ctx),
  propose: null,
  apply: applyLapse,
  batch: {
    kind: 'lapses',
    sheetLabel: 'Lapses',
    order: 2.5,
    columns: [
      ...personColumns<LapseBatchRow>(),
      textColumn('Membership ID', (r) => r.membershipId),
      textColumn('Product', (r) => r.product),
      dateColumn('End Date', (r) => r.endDate),
    ],
  },
  summary: { order: 2.5, ownLine: false, describe: (rows) => `${rows.length} lapses` },
  // The day after End Date, unless the run's drop comes that day or earlier (drop wins, as in the plan).
  forecast: {
    order: 2.5,
    noun: 'lapses',
    dates: (t) => {
      if (t.member.status !== 'Active') return []; // already in grace
      const lapseDate = addDays(t.member.endDate, 1);
      return t.dropDate !== null && t.dropDate <= lapseDate ? [] : [lapseDate];
    },
  },
  reasonWords: {},
} as const satisfies ActionDefinition<'lapse', LapseItem, LapseBatchRow, 'lapses'>;
