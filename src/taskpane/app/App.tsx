import { FluentProvider, makeStaticStyles, makeStyles, PortalMountNodeProvider, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ReconcileSession } from '../session/reconcileSession';
import { inPageBooks, type StandaloneBooks } from '../standalone/standaloneBooks';
import { trackChanges, type TrackedWorkbook } from '../standalone/trackChanges';
import type { RunsSession } from '../session/runsSession';
import type { ThemeName } from '../theme/pickTheme';
import { DOWNLOAD_DELIVERY, type FileDelivery } from './fileDelivery';
import { FileBar } from './FileBar';
import { ShellPage } from './ShellPage';
import { shellMessage, type Startup } from './shellMessage';
import { StandaloneStart } from './StandaloneStart';
import { StartupNotices } from './StartupNotices';
import { Workspace } from './Workspace';

export interface AppProps {
  startup: Startup;
  themeName: ThemeName;
  /** Things opening the workbook did that the user must know (an interrupted post rolled back). */
  notices?: string[];
  /** The session on the live workbook, inside Excel. */
  session?: RunsSession | null;
  /** Reconcile on the live workbook, inside Excel. */
  reconcile?: ReconcileSession | null;
  /** Where standalone mode opens workbooks (the pane passes the session worker's). */
  books?: StandaloneBooks;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
  /** How files reach the user: downloads, or (Excel for Mac) new sheets; default downloads. */
  delivery?: FileDelivery;
}

const THEMES = { light: webLightTheme, dark: webDarkTheme } as const;

/** The real clock; one function for the pane's life, so the session built on it stays the same. */
const SYSTEM_CLOCK = () => new Date();

/** The pane is the whole page: no browser margin around the themed surface. */
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useAppStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  page: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
});

/**
 * The task pane's root: the Fluent theme matching Office (or the browser), then the workbook's
 * pages — on the live workbook inside Excel, or in standalone web mode on a workbook the user
 * opens (kept in memory, saved back as a download). It never calls Office itself.
 *
 * Landmarks: standalone mode's file bar is the `<header>`, the page tabs a `<nav>` and each page
 * its own `<main>`, so all content sits in a landmark (axe-core's `region` rule).
 */
export function App({ startup, themeName, notices = [], session = null, reconcile = null, books, now = SYSTEM_CLOCK, delivery = DOWNLOAD_DELIVERY }: AppProps) {
  useGlobalStyles();
  const styles = useAppStyles();
  const [opened, setOpened] = useState<TrackedWorkbook | null>(null);
  const standaloneBooks = useMemo(() => books ?? inPageBooks(now), [books, now]);
  const active = session ?? opened?.runs ?? null;
  const activeReconcile = reconcile ?? opened?.reconcile ?? undefined;
  // Menus, tooltips and dialogs render into this landmark instead of the bare <body>, so what
  // they show is inside a landmark too (axe-core's `region` rule).
  const [popups, setPopups] = useState<HTMLElement | null>(null);
  return (
    // Layout and background go on an inner element: Fluent copies the provider's classes onto
    // every portal (tooltips, dialogs), and a full-height background there covers the pane.
    <FluentProvider theme={THEMES[themeName]}>
      <PortalMountNodeProvider value={popups ?? undefined}>
        <div className={styles.root}>
          {startup.kind === 'failed' || (startup.kind === 'excel' && !active) ? (
            <ShellPage message={shellMessage(startup)} notices={notices} />
          ) : startup.kind === 'standalone' && !opened ? (
            <StandaloneStart books={standaloneBooks} onOpened={(workbook) => setOpened(trackChanges(workbook))} now={now} />
          ) : (
            <div className={styles.page}>
              {opened && <FileBar workbook={opened} />}
              <StartupNotices notices={notices} />
              {active && <Workspace session={active} onDownload={delivery.text} saveRefusal={delivery.bytesRefusal} reconcile={activeReconcile} />}
            </div>
          )}
        </div>
      </PortalMountNodeProvider>
      <section aria-label="Menus and dialogs" ref={setPopups} />
    </FluentProvider>
  );
}
