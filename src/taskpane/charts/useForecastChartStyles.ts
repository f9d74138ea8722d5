import { makeStyles, tokens } from '@fluentui/react-components';

/** The forecast chart's styles: Fluent tokens only, so the light and dark themes both read. */
export const useForecastChartStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0, minWidth: 0, maxWidth: '640px' },
  totals: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  plot: { position: 'relative', minWidth: 0 },
  svg: { display: 'block', width: '100%', height: 'auto', overflow: 'visible' },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1, shapeRendering: 'crispEdges' },
  baseline: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1, shapeRendering: 'crispEdges' },
  axisText: { fill: tokens.colorNeutralForeground3, fontSize: '10px', fontFamily: tokens.fontFamilyBase },
  clipText: { fill: tokens.colorNeutralForeground1, fontSize: '10px', fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyBase },
  clipBreak: { stroke: tokens.colorNeutralBackground1, strokeWidth: 2 },
  hit: { fill: 'transparent', cursor: 'default', outlineStyle: 'none' },
  hover: { fill: tokens.colorSubtleBackgroundHover },
  focusRing: { fill: 'none', stroke: tokens.colorStrokeFocus2, strokeWidth: 2 },
  tooltip: {
    position: 'absolute',
    top: '100%',
    zIndex: 1,
    maxWidth: '66%',
    pointerEvents: 'none',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow8,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    verticalAlign: 'middle',
  },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export type ForecastChartStyles = ReturnType<typeof useForecastChartStyles>;
