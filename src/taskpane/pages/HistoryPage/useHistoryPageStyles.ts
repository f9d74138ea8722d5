import { makeStyles, tokens } from '@fluentui/react-components';
import type { HistoryPageState } from './useHistoryPage';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  status: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalXS },
});

export type HistoryPageStyles = ReturnType<typeof useStyles>;

export function useHistoryPageStyles(_state: HistoryPageState): HistoryPageStyles {
  return useStyles();
}
