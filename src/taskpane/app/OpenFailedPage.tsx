import { Body1, Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens, typographyStyles } from '@fluentui/react-components';
import { usePageFocus } from './usePageFocus';

export interface OpenFailedPageProps {
  /** The file that could not be opened. */
  fileName: string;
  /** Why, in words (the package reader's refusal). */
  reason: string;
  /** What is being opened now, in words, or null when nothing is. */
  busy?: string | null;
  onTryAnother: () => void;
  onBack: () => void;
}

const useStyles = makeStyles({
  // Focused by script (tabIndex -1) so the next Tab starts here; it is no control, so no focus ring.
  title: { ...typographyStyles.title2, margin: 0, ':focus': { outline: 'none' } },
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}` },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, flexWrap: 'wrap' },
  reason: { overflowWrap: 'anywhere' },
});

/**
 * What standalone mode shows when a file is refused (not an .xlsx, corrupt, encrypted, too
 * large): why, in words, and two ways on — another file, or back to the first-run page —
 * without reloading the page.
 */
export function OpenFailedPage({ fileName, reason, busy = null, onTryAnother, onBack }: OpenFailedPageProps) {
  const styles = useStyles();
  const heading = usePageFocus<HTMLHeadingElement>(true);
  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <h1 className={styles.title} ref={heading} tabIndex={-1}>
        That file could not be opened
      </h1>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody className={styles.reason}>
          <MessageBarTitle>{fileName}</MessageBarTitle>
          {reason}
        </MessageBarBody>
      </MessageBar>
      <Body1>Renewal Runs opens .xlsx workbooks with Members, Products and Runs sheets.</Body1>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy !== null} onClick={onTryAnother}>
          Try another file
        </Button>
        <Button disabled={busy !== null} onClick={onBack}>
          Back to start
        </Button>
      </div>
      {busy !== null && <Spinner size="small" label={busy} />}
    </main>
  );
}
