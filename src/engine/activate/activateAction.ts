import type { ActionDefinition } from '../actions/actionDefinition';
import { dateColumn, personColumns, textColumn } from '../actions/batchColumn';
import { ACTIVATE_REASON_WORDS } from './activateReasonWords';
import type { ActivateItem } from './activateItem';
import type { ActivationBatchRow } from './activationBatchRow';
import { applyActivation } from './applyActivation';
import { planActivations } from './planActivations';

/**
 * The activate action (SPEC §3.7): approved applications become new memberships. It appends a
 * Members row and marks the application `Activated`; its batch has no amount, so its totals
 * row only counts.
 */
export const activateAction = {
  action: 'activate',
  position: 1,
  inDefaultRun: false,
  label: 'Activate',
  plan: (ctx) => planActivations(ctx),
  propose: null,
  apply: applyActivation,
  batch: {
    kind: 'activations',
    sheetLabel: 'Activations',
    order: 5,
    columns: [
      ...personColumns<ActivationBatchRow>(),
      textColumn('Application ID', (r) => r.applicationId),
      textColumn('Membership ID', (r) => r.membershipId),
      textColumn('Product', (r) => r.product),
      dateColumn('Term Start', (r) => r.termStart),
      dateColumn('Term End', (r) => r.termEnd),
    ],
  },
  summary: { order: 4, ownLine: false, describe: (rows) => `${rows.length} activations` },
  forecast: null,
  reasonWords: ACTIVATE_REASON_WORDS,
} as const satisfies ActionDefinition<'activate', ActivateItem, ActivationBatchRow, 'activations'>;
