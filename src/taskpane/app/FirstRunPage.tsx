import { Body1, Button, Caption1, makeStyles, Spinner, tokens, typographyStyles } from '@fluentui/react-components';
import { WorkbookSheets } from './WorkbookSheets';
import { usePageFocus } from './usePageFocus';

export interface FirstRunPageProps {
  /** What is being opened, in words, or null when nothing is. */
  busy: string | null;
  onTryDemo: () => void;
  onOpenWorkbook: () => void;
  /** Whether the heading takes focus when shown (on the way back from an error page). */
  focusHeading?: boolean;
}

/** What the product does, in one sentence (also the first-run page's description). */
export const PRODUCT_SENTENCE =
  'Renewal Runs automates membership renewals from an Excel workbook: renewal invoices, notices, drops, AutoPay collections and reconciling bank settlements.';

const useStyles = makeStyles({
  // Focused by script (tabIndex -1) so the next Tab starts here; it is no control, so no focus ring.
  title: { ...typographyStyles.title2, margin: 0, ':focus': { outline: 'none' } },
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}` },
  intro: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, flexWrap: 'wrap' },
  note: { color: tokens.colorNeutralForeground3 },
});

/**
 * Standalone mode's first-run page, a value placemat as Microsoft's add-in design guidance
 * describes it: what the product does, the action that shows it best ("Try the demo"), the way
 * to one's own workbook, and the sheets that workbook needs.
 */
export function FirstRunPage({ busy, onTryDemo, onOpenWorkbook, focusHeading = false }: FirstRunPageProps) {
  const styles = useStyles();
  const heading = usePageFocus<HTMLHeadingElement>(focusHeading);
  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <div className={styles.intro}>
        <h1 className={styles.title} ref={heading} tabIndex={-1}>
          Renewal Runs
        </h1>
        <Body1>{PRODUCT_SENTENCE}</Body1>
      </div>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy !== null} onClick={onTryDemo}>
          Try the demo
        </Button>
        <Button disabled={busy !== null} onClick={onOpenWorkbook}>
          Open my workbook
        </Button>
      </div>
      {busy !== null && <Spinner size="small" label={busy} />}
      <Caption1 className={styles.note}>Standalone mode: your workbook stays in this browser, on this computer, until you save it.</Caption1>
      <WorkbookSheets />
    </main>
  );
}
