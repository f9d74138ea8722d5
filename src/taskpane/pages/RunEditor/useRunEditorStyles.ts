import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { pageRootStyle } from '../shared/pageStyles';
import type { RunEditorState } from './useRunEditor';

const useStyles = makeStyles({
  // No bottom padding: the Save bar is the page's last line, flush with the pane's bottom.
  root: { ...pageRootStyle, paddingBottom: 0, minWidth: 0 },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  section: { minWidth: 0 },
  sectionHeader: { minWidth: 0 },
  sectionTitle: {
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  countBadge: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightRegular },
  sectionPanel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    // The panel's own margin indents it past the header's chevron; at 350 px the fields need the width.
    marginLeft: 0,
    marginRight: 0,
    paddingBottom: tokens.spacingVerticalM,
  },
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  // As a Field's label looks.
  legend: { ...typographyStyles.body1, color: tokens.colorNeutralForeground1, padding: `0 0 ${tokens.spacingVerticalXXS} 0` },
  derivedId: { color: tokens.colorNeutralForeground2 },
  messageLine: { display: 'block', overflowWrap: 'anywhere' },
  placedBar: { flexBasis: '100%', minWidth: 0 },
  // Held at the bottom of the pane (the document scrolls) across its full width, over the form.
  saveBar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalL})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalL})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  saveRow: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  countNone: { color: tokens.colorNeutralForeground2 },
  countWarning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  countProblem: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export type RunEditorStyles = ReturnType<typeof useStyles>;

/** The run editor's classes. */
export function useRunEditorStyles(_state: RunEditorState): RunEditorStyles {
  return useStyles();
}
