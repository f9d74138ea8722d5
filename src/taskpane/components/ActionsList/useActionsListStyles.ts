import { makeStyles, tokens } from '@fluentui/react-components';
import { ROW_HEIGHT, type ActionsListState } from './useActionsList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  filters: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  filter: { display: 'flex', flexDirection: 'column', minWidth: '120px', flexGrow: 1 },
  count: { color: tokens.colorNeutralForeground2 },
  scroller: {
    height: '420px',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  canvas: { position: 'relative', width: '100%' },
  row: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    minHeight: `${ROW_HEIGHT}px`,
    boxSizing: 'border-box',
    display: 'flex',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  cell: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, width: '100%', minWidth: 0 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1, overflowWrap: 'anywhere' },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  badge: { flexShrink: 0 },
  name: { minWidth: 0 },
  amount: { marginLeft: 'auto', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  controls: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', flexShrink: 0 },
  include: { flexShrink: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  message: { flexShrink: 0, minWidth: 'auto', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  secondary: { color: tokens.colorNeutralForeground2 },
  empty: { padding: tokens.spacingVerticalM, color: tokens.colorNeutralForeground2 },
});

export type ActionsListStyles = ReturnType<typeof useStyles>;

export function useActionsListStyles(_state: ActionsListState): ActionsListStyles {
  return useStyles();
}
