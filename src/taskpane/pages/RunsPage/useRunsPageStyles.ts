import { makeStyles, tokens } from '@fluentui/react-components';
import { pageRootStyle, pageStatusStyle } from '../shared/pageStyles';
import type { RunsPageState } from './useRunsPage';

const useStyles = makeStyles({
  root: pageRootStyle,
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // Fluent's Card is the positioned box the open button's hit area (::after) is stretched over.
  run: {
    rowGap: tokens.spacingVerticalXS,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  heading: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  open: {
    // Not itself positioned: its ::after takes the card's box, so the whole card is its target.
    position: 'static',
    justifyContent: 'flex-start',
    minWidth: 0,
    maxWidth: '100%',
    paddingLeft: 0,
    paddingRight: 0,
    textAlign: 'start',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    fontWeight: tokens.fontWeightSemibold,
    '::after': { content: '""', position: 'absolute', inset: 0, borderRadius: tokens.borderRadiusMedium },
    // Keyboard focus rings the whole card, which is what Enter opens.
    ':focus-visible::after': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  about: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  badges: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  status: pageStatusStyle,
  // Above the card's stretched hit area, so Approve is its own target.
  approval: {
    position: 'relative',
    zIndex: 1,
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    cursor: 'auto',
  },
});

export type RunsPageStyles = ReturnType<typeof useStyles>;

export function useRunsPageStyles(_state: RunsPageState): RunsPageStyles {
  return useStyles();
}
