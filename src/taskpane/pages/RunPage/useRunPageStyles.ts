import { makeStyles, tokens } from '@fluentui/react-components';
import { pageRootStyle, pageStatusStyle } from '../shared/pageStyles';
import type { RunPageState } from './useRunPage';

const useStyles = makeStyles({
  // Tighter than other pages: at 350 px the tabs start within 200 px of the top.
  root: { ...pageRootStyle, rowGap: tokens.spacingVerticalS },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  title: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  meta: { color: tokens.colorNeutralForeground2 },
  toolbar: { padding: 0, columnGap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  status: pageStatusStyle,
  deliveries: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  download: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

export type RunPageStyles = ReturnType<typeof useStyles>;

export function useRunPageStyles(_state: RunPageState): RunPageStyles {
  return useStyles();
}
