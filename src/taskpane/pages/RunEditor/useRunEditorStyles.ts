import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { pageRootStyle } from '../shared/pageStyles';
import type { RunEditorState } from './useRunEditor';

const useStyles = makeStyles({
  root: pageRootStyle,
  body: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, flexGrow: 1, flexBasis: '260px', minWidth: 0 },
  checks: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, flexGrow: 1, flexBasis: '220px', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  // As a Field's label looks.
  legend: { ...typographyStyles.body1, color: tokens.colorNeutralForeground1, padding: `0 0 ${tokens.spacingVerticalXXS} 0` },
  derivedId: { color: tokens.colorNeutralForeground2 },
  toolbar: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export type RunEditorStyles = ReturnType<typeof useStyles>;

export function useRunEditorStyles(_state: RunEditorState): RunEditorStyles {
  return useStyles();
}
