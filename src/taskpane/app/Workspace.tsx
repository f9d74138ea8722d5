import { Button, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { HistoryPage } from '../pages/HistoryPage/HistoryPage';
import { ReconcilePage } from '../pages/ReconcilePage/ReconcilePage';
import { RunPage } from '../pages/RunPage/RunPage';
import { RunsPage } from '../pages/RunsPage/RunsPage';
import type { ReconcileSession } from '../session/reconcileSession';
import type { RunsSession } from '../session/runsSession';
import type { DownloadFile } from '../pages/shared/exportBatches';

export interface WorkspaceProps {
  session: RunsSession;
  /** Saves an exported file: a CSV batch, or a bank file with its media type. */
  onDownload: DownloadFile;
  /** Why emails and letters cannot be saved here (Excel for Mac), or null; see FileDelivery.bytesRefusal. */
  saveRefusal?: (what: string) => string | null;
  /** Reconcile on the same workbook; the Reconcile tab shows only when given. */
  reconcile?: ReconcileSession;
}

/**
 * What the pane shows. A run page is keyed by `visit`, not by its run ID: opening a run (or its
 * clone) is a new visit with a fresh page, while an edit that saves the run under another ID
 * keeps the visit and only follows the run to its new ID.
 */
type View = { page: 'runs' } | { page: 'run'; runId: string; visit: number } | { page: 'history' } | { page: 'reconcile' };

/** The view after opening run `runId`: its page, as a new visit. */
function openRun(view: View, runId: string): View {
  return { page: 'run', runId, visit: view.page === 'run' ? view.visit + 1 : 0 };
}

/** The view after the shown run was saved under `runId`: the same page, now of that ID. */
function followRun(view: View, runId: string): View {
  return view.page === 'run' ? { ...view, runId } : view;
}

const useWorkspaceStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  nav: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  back: { alignSelf: 'flex-start' },
});

/**
 * The pages of a workbook (SPEC §7): Runs (due first), History and (when given) Reconcile as
 * tabs; opening a run shows its run page, with a way back. Keyboard users reach everything with Tab and arrow keys.
 */
export function Workspace({ session, onDownload, saveRefusal, reconcile }: WorkspaceProps) {
  const styles = useWorkspaceStyles();
  const [view, setView] = useState<View>({ page: 'runs' });
  return (
    <div className={styles.root}>
      {/* The pages' own <main> follows; the tabs and the way back are the navigation. */}
      <nav aria-label="Pages" className={styles.nav}>
        <TabList
          selectedValue={view.page === 'history' || view.page === 'reconcile' ? view.page : 'runs'}
          onTabSelect={(_e, data) => setView(data.value === 'history' || data.value === 'reconcile' ? { page: data.value } : { page: 'runs' })}
          aria-label="Pages"
        >
          <Tab value="runs">Runs</Tab>
          <Tab value="history">History</Tab>
          {reconcile && <Tab value="reconcile">Reconcile</Tab>}
        </TabList>
        {view.page === 'run' && (
          <Button className={styles.back} appearance="subtle" onClick={() => setView({ page: 'runs' })}>
            ← All runs
          </Button>
        )}
      </nav>
      {view.page === 'runs' && <RunsPage session={session} onOpenRun={(runId) => setView((v) => openRun(v, runId))} />}
      {view.page === 'run' && (
        <RunPage
          key={view.visit}
          session={session}
          runId={view.runId}
          onDownload={onDownload}
          saveRefusal={saveRefusal}
          onCloned={(runId) => setView((v) => openRun(v, runId))}
          onRunIdChanged={(runId) => setView((v) => followRun(v, runId))}
        />
      )}
      {view.page === 'history' && <HistoryPage session={session} onDownload={onDownload} />}
      {view.page === 'reconcile' && reconcile && <ReconcilePage reconcile={reconcile} />}
    </div>
  );
}
