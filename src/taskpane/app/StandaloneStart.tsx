import { makeStyles } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { todayInTimeZone } from '../../workbook/timeZone/todayInTimeZone';
import type { StandaloneWorkbook, StandaloneBooks } from '../standalone/standaloneBooks';
import { FirstRunPage } from './FirstRunPage';
import { OpenFailedPage } from './OpenFailedPage';

export interface StandaloneStartProps {
  /** Where workbooks are opened (the session worker in the pane; in-page in tests). */
  books: StandaloneBooks;
  onOpened: (workbook: StandaloneWorkbook) => void;
  /** The clock, for the demo workbook's dates (tests pass a fixed one). */
  now?: () => Date;
}

const SYSTEM_CLOCK = () => new Date();

const useStyles = makeStyles({ hidden: { display: 'none' } });

/** Where the start is: the first-run page (back from a failure or not), or a refused file. */
type StartView = { page: 'first-run'; returned: boolean } | { page: 'failed'; fileName: string; reason: string };

/**
 * Standalone web mode's start (SPEC §7): the first-run page (try the demo, or open an .xlsx file
 * from this computer), and when a file is refused, why, with a way back. Nothing leaves the browser.
 */
export function StandaloneStart({ books, onOpened, now = SYSTEM_CLOCK }: StandaloneStartProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [view, setView] = useState<StartView>({ page: 'first-run', returned: false });
  const open = async (words: string, fileName: string, load: () => Promise<StandaloneWorkbook>) => {
    setBusy(words);
    try {
      onOpened(await load());
    } catch (e) {
      setView({ page: 'failed', fileName, reason: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(null);
    }
  };
  const pickFile = () => input.current?.click();
  return (
    <>
      {view.page === 'first-run' ? (
        <FirstRunPage
          busy={busy}
          focusHeading={view.returned}
          onOpenWorkbook={pickFile}
          onTryDemo={() => void open('Building the demo workbook…', 'The demo workbook', () => books.openDemo(todayInTimeZone(now(), 'America/Chicago')))}
        />
      ) : (
        <OpenFailedPage
          fileName={view.fileName}
          reason={view.reason}
          busy={busy}
          onTryAnother={pickFile}
          onBack={() => setView({ page: 'first-run', returned: true })}
        />
      )}
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx"
        aria-label="Workbook file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so picking the same file again (after fixing it) opens it again.
          e.target.value = '';
          if (file) void open(`Opening ${file.name}…`, file.name, () => books.openFile(file));
        }}
      />
    </>
  );
}
