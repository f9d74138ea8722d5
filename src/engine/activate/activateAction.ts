import type { ActionDefinition } from '../actions/actionDefinition';
import { dateColumn, optionalAmountColumn, optionalTextColumn, personColumns, textColumn, currencyColumn } from '../actions/batchColumn';
import { ACTIVATE_REASON_WORDS } from './activateReasonWords';
import type { ActivateItem } from './activateItem';
import type { ActivationBatchRow } from './activationBatchRow';
import { billedActivationDates } from './billedActivationDates';
import { applyActivation } from './applyActivation';
import { planActivations } from './planActivations';

/**
 * The activate action (SPEC §3.7): approved applications become new memberships. It appends a
 * Members row and marks the application `Activated`. With the run's Bill Activations (SPEC §11)
 * it also appends an `Open` invoice for the first term; otherwise its batch has no amount, so
 * its totals row only counts.
 *
 * Its forecast contribution counts only billed activations ({@link billedActivationDates}): with
 * Bill Activations, each approved application the run would activate, on its term start;
 * without, nothing (no invoice is posted, and the projection ignores members who will join).
 * Last in the chart's order, so the other series keep their places.
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
      // Written only when the post billed an activation (SPEC §11): other batches keep their layout.
      optionalTextColumn('Invoice ID', (r) => r.invoiceId),
      optionalAmountColumn((r) => r.amount),
      currencyColumn(),
    ],
  },
  summary: { order: 4, ownLine: false, describe: (rows) => `${rows.length} activations` },
  forecast: { order: 4, noun: 'billed activations', label: 'Billed activations', applicationDates: billedActivationDates },
  reasonWords: ACTIVATE_REASON_WORDS,
} as const satisfies ActionDefinition<'activate', ActivateItem, ActivationBatchRow, 'activations'>;
