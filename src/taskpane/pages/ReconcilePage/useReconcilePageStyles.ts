import { makeStyles, tokens } from '@fluentui/react-components';
import { pageRootStyle, pageStatusStyle } from '../shared/pageStyles';
import type { ReconcilePageState } from './useReconcilePage';

const useStyles = makeStyles({
  root: pageRootStyle,
  pickers: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  picker: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  status: pageStatusStyle,
  counts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  // The Settlement column takes what the fixed amount column leaves: at 350 px, about 220 px for
  // the outcome's words, which wrap at spaces (and inside a long token only when they must).
  amountColumn: { width: '6.5em', textAlign: 'end' },
  amount: { textAlign: 'end', verticalAlign: 'top', paddingTop: tokens.spacingVerticalS, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  settlement: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  // Inline, not flex: the badge, reference and invoice wrap at their spaces like one line of text.
  settlementHead: { lineHeight: tokens.lineHeightBase400 },
  // An ID is never broken at its hyphens (`INV-` / `000001`): it moves to the next line whole.
  id: { whiteSpace: 'nowrap' },
  badge: { marginRight: tokens.spacingHorizontalXS, verticalAlign: 'text-bottom' },
  reason: { marginTop: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  batch: { display: 'block', color: tokens.colorNeutralForeground2 },
  hidden: { display: 'none' },
});

export type ReconcilePageStyles = ReturnType<typeof useStyles>;

export function useReconcilePageStyles(_state: ReconcilePageState): ReconcilePageStyles {
  return useStyles();
}
