import { Body1, Button, makeStyles, Spinner, Title3, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { todayInTimeZone } from '../../workbook/timeZone/todayInTimeZone';
import { ErrorBar } from '../components/feedback/ErrorBar';
import type { StandaloneWorkbook, StandaloneBooks } from '../standalone/standaloneBooks';

export interface StandaloneStartProps {
  /** Where workbooks are opened (the session worker in the pane; in-page in tests). */
  books: StandaloneBooks;
  onOpened: (workbook: StandaloneWorkbook) => void;
  /** The clock, for the demo workbook's dates (tests pass a fixed one). */
  now?: () => Date;
}

const SYSTEM_CLOCK = () => new Date();

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}` },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hidden: { display: 'none' },
});

/**
 * Standalone web mode's first page (SPEC §7): open an .xlsx file from this computer, or the
 * built-in demo workbook. Nothing leaves the browser.
 */
export function StandaloneStart({ books, onOpened, now = SYSTEM_CLOCK }: StandaloneStartProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = async (words: string, load: () => Promise<StandaloneWorkbook>) => {
    setBusy(words);
    setError(null);
    try {
      onOpened(await load());
    } catch (e) {
      setError(`That workbook could not be opened: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <Title3 as="h1">Standalone mode — open a workbook</Title3>
      <Body1>Renewal Runs works on an .xlsx file you open in this browser; it stays on this computer until you save it.</Body1>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy !== null} onClick={() => input.current?.click()}>
          Open a workbook…
        </Button>
        <Button
          disabled={busy !== null}
          onClick={() => void open('Building the demo workbook…', () => books.openDemo(todayInTimeZone(now(), 'America/Chicago')))}
        >
          Open the demo workbook
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx"
          aria-label="Workbook file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void open(`Opening ${file.name}…`, () => books.openFile(file));
          }}
        />
      </div>
      {busy !== null && <Spinner size="small" label={busy} />}
      <ErrorBar words={error} />
    </main>
  );
}
