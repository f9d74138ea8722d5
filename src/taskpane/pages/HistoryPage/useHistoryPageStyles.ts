import { makeStyles, tokens } from '@fluentui/react-components';
import { pageRootStyle, pageStatusStyle } from '../shared/pageStyles';
import type { HistoryPageState } from './useHistoryPage';

const useStyles = makeStyles({
  root: pageRootStyle,
  status: pageStatusStyle,
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalXS },
});

export type HistoryPageStyles = ReturnType<typeof useStyles>;

export function useHistoryPageStyles(_state: HistoryPageState): HistoryPageStyles {
  return useStyles();
}
