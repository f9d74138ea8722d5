import { makeStyles, tokens } from '@fluentui/react-components';
import { pageRootStyle, pageStatusStyle } from '../shared/pageStyles';
import type { ReconcilePageState } from './useReconcilePage';

const useStyles = makeStyles({
  root: pageRootStyle,
  pickers: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  picker: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  status: pageStatusStyle,
  hidden: { display: 'none' },
});

export type ReconcilePageStyles = ReturnType<typeof useStyles>;

export function useReconcilePageStyles(_state: ReconcilePageState): ReconcilePageStyles {
  return useStyles();
}
