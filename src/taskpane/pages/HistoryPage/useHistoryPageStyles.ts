import { makeStyles, tokens } from '@fluentui/react-components';
import { pageRootStyle, pageStatusStyle } from '../shared/pageStyles';
import type { HistoryPageState } from './useHistoryPage';

const useStyles = makeStyles({
  root: pageRootStyle,
  status: pageStatusStyle,
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  card: { rowGap: tokens.spacingVerticalXS },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  // A Run ID is one word; a long one breaks rather than widening the pane.
  runId: { minWidth: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
  // `30 Nov 2026, 08:32` moves to the next line whole.
  time: { whiteSpace: 'nowrap' },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
});

export type HistoryPageStyles = ReturnType<typeof useStyles>;

export function useHistoryPageStyles(_state: HistoryPageState): HistoryPageStyles {
  return useStyles();
}
