import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** Every page's outer layout: one column with the pane's spacing (each page's `root`). */
export const pageRootStyle: GriffelStyle = {
  display: 'flex',
  flexDirection: 'column',
  rowGap: tokens.spacingVerticalM,
  padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
};

/** A page's column of status lines (progress, errors, notices). */
export const pageStatusStyle: GriffelStyle = { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS };
