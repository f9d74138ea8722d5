import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReconcilePageState } from './useReconcilePage';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  pickers: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  picker: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  status: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  counts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  amount: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  hidden: { display: 'none' },
});

export type ReconcilePageStyles = ReturnType<typeof useStyles>;

export function useReconcilePageStyles(_state: ReconcilePageState): ReconcilePageStyles {
  return useStyles();
}
