import { renderReconcilePage } from './renderReconcilePage';
import { type ReconcilePageProps, useReconcilePage } from './useReconcilePage';
import { useReconcilePageStyles } from './useReconcilePageStyles';

export type { ReconcilePageProps } from './useReconcilePage';

/** The Reconcile page (SPEC §3.8, §7): pick a Settlements sheet or file, preview, apply. */
export function ReconcilePage(props: ReconcilePageProps) {
  const state = useReconcilePage(props);
  return renderReconcilePage(state, useReconcilePageStyles(state));
}
