import { renderRunsPage } from './renderRunsPage';
import { type RunsPageProps, useRunsPage } from './useRunsPage';
import { useRunsPageStyles } from './useRunsPageStyles';

export type { RunsPageProps } from './useRunsPage';

/** The Runs page (SPEC §7): the workbook's runs, due ones first; selecting one opens it. */
export function RunsPage(props: RunsPageProps) {
  const state = useRunsPage(props);
  return renderRunsPage(state, useRunsPageStyles(state));
}
