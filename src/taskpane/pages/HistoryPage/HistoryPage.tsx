import { renderHistoryPage } from './renderHistoryPage';
import { type HistoryPageProps, useHistoryPage } from './useHistoryPage';
import { useHistoryPageStyles } from './useHistoryPageStyles';

export type { HistoryPageProps } from './useHistoryPage';

/** The History page (SPEC §7): the Run Log, with Revert and Export per posted run. */
export function HistoryPage(props: HistoryPageProps) {
  const state = useHistoryPage(props);
  return renderHistoryPage(state, useHistoryPageStyles(state));
}
