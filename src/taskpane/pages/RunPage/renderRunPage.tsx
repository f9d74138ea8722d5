import { Caption1, Spinner, Tab, TabList, Title3 } from '@fluentui/react-components';
import { ErrorBar } from '../../components/feedback/ErrorBar';
import { renderTaskStatus } from '../shared/renderTaskStatus';
import { RunStatusBadge } from '../../components/RunStatusBadge/RunStatusBadge';
import { RunEditor } from '../RunEditor/RunEditor';
import { renderCommandBar } from './renderCommandBar';
import { renderRunDialogs } from './renderRunDialogs';
import { renderRunTab } from './renderRunTab';
import type { RunData, RunPageState, RunTab } from './useRunPage';
import type { RunPageStyles } from './useRunPageStyles';

/** The run page: loading / failure / not found, else header, command bar, status and tabs. */
export function renderRunPage(state: RunPageState, styles: RunPageStyles) {
  const { data } = state;
  if (state.editing) return <RunEditor session={state.session} runId={state.runId} onSaved={state.onEditSaved} onClose={state.onEditorClosed} />;
  if (data.state !== 'ready') {
    return (
      <main className={styles.root} aria-busy={data.state === 'loading'}>
        {data.state === 'loading' ? <Spinner size="small" label="Loading the run…" /> : <ErrorBar title="Could not open the run" words={data.words} />}
      </main>
    );
  }
  if (!data.value.run) {
    return (
      <main className={styles.root}>
        <ErrorBar title="Could not open the run" words="This run is no longer in the Runs sheet." />
      </main>
    );
  }
  return renderReady(data.value, state, styles);
}

function renderReady({ run, preview }: RunData, state: RunPageState, styles: RunPageStyles) {
  if (!run) return null;
  const busy = state.busy !== null;
  return (
    <main className={styles.root} aria-busy={busy}>
      <header className={styles.header}>
        <div className={styles.title}>
          <Title3 as="h1">{run.name}</Title3>
          <RunStatusBadge status={run.status} />
        </div>
        <Caption1 className={styles.meta}>
          ID {run.id} · {run.preProcessingDate ? `Pre-processing ${run.preProcessingDate}` : 'On demand'}
          {preview ? ` · Previewed as of ${preview.asOf}${preview.posted ? ' (posted)' : ''}` : ' · Not previewed'}
          {run.waitsForApproval ? ' · Waits for approval' : ''}
        </Caption1>
      </header>
      {renderCommandBar(state, styles)}
      <div className={styles.status} aria-live="polite">
        {renderTaskStatus(state)}
        <ErrorBar words={state.error} />
      </div>
      <TabList ref={state.refs.tabs} selectedValue={state.tab} onTabSelect={(_, data) => state.setTab(data.value as RunTab)} aria-label="Run views">
        <Tab value="details">Details</Tab>
        <Tab value="statistics">Statistics</Tab>
        <Tab value="actions">Actions</Tab>
      </TabList>
      <div role="tabpanel" aria-label={state.tab} className={styles.panel}>
        {renderRunTab(run, preview, state, styles)}
      </div>
      {renderRunDialogs(state)}
    </main>
  );
}
