import { makeStyles, tokens } from '@fluentui/react-components';
import { pageRootStyle, pageStatusStyle } from '../shared/pageStyles';
import type { RunsPageState } from './useRunsPage';

const useStyles = makeStyles({
  root: pageRootStyle,
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  run: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  open: { justifyContent: 'flex-start', minWidth: 0, paddingLeft: 0, paddingRight: 0, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2 },
  status: pageStatusStyle,
  approval: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
});

export type RunsPageStyles = ReturnType<typeof useStyles>;

export function useRunsPageStyles(_state: RunsPageState): RunsPageStyles {
  return useStyles();
}
