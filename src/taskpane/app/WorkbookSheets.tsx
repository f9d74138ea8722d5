import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { OPTIONAL_SHEETS, REQUIRED_SHEETS, type WorkbookSheet } from './workbookSheets';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  holds: { color: tokens.colorNeutralForeground3 },
});

function SheetList({ sheets, label }: { sheets: readonly WorkbookSheet[]; label: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {sheets.map((sheet) => (
        <li key={sheet.name}>
          <Body1>{sheet.name}</Body1> <Caption1 className={styles.holds}>— {sheet.holds}</Caption1>
        </li>
      ))}
    </ul>
  );
}

/** The sheets a workbook needs (SPEC §2): the required ones, then the optional ones. */
export function WorkbookSheets() {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Sheets your workbook needs</Subtitle2>
      <Body1>Required:</Body1>
      <SheetList sheets={REQUIRED_SHEETS} label="Required sheets" />
      <Body1>Optional:</Body1>
      <SheetList sheets={OPTIONAL_SHEETS} label="Optional sheets" />
    </div>
  );
}
