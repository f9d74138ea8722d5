import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  card: { rowGap: tokens.spacingVerticalXS },
  ids: { minWidth: 0 },
  // An ID moves to the next line whole (never `INV-` / `000001`); only one longer than the card breaks.
  id: { display: 'inline-block', maxWidth: '100%', overflowWrap: 'anywhere' },
  // The badge at the start, the amount at the end: the same place on every card.
  outcome: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  // A bank's return reason can be long: in full, wrapping at spaces, inside a long token only when it must.
  reason: { overflowWrap: 'anywhere' },
  amount: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  batch: { display: 'block', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export type SettlementCardsStyles = ReturnType<typeof useStyles>;

/** The settlement cards' styles. */
export function useSettlementCardsStyles(): SettlementCardsStyles {
  return useStyles();
}
