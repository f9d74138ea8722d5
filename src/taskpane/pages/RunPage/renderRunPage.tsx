import { Button, Caption1, Spinner, Tab, TabList, Title3 } from '@fluentui/react-components';
import { ExportButton } from '../../components/ExportButton/ExportButton';
import { ErrorBar } from '../../components/feedback/ErrorBar';
import { renderTaskStatus } from '../shared/renderTaskStatus';
import { RunStatusBadge } from '../../components/RunStatusBadge/RunStatusBadge';
import { RunEditor } from '../RunEditor/RunEditor';
import { renderDeliveries } from './renderDeliveries';
import { renderRunDialogs } from './renderRunDialogs';
import { renderRunTab } from './renderRunTab';
import type { RunData, RunPageState, RunTab } from './useRunPage';
import type { RunPageStyles } from './useRunPageStyles';

/** The run page: loading / failure / not found, else header, buttons, status and tabs. */
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

function renderReady({ run, preview, deliveries }: RunData, state: RunPageState, styles: RunPageStyles) {
  if (!run) return null;
  const { can } = state;
  const busy = state.busy !== null;
  const button = (label: string, enabled: boolean, onClick: () => void, primary = false) => (
    <Button appearance={primary ? 'primary' : 'secondary'} disabled={!enabled} aria-busy={busy || undefined} onClick={onClick}>
      {label}
    </Button>
  );
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
      <div role="toolbar" aria-label="Run actions" className={styles.toolbar}>
        {button('Preview', can.preview, state.onPreview, !preview)}
        {button('Refresh', can.refresh, state.onRefresh)}
        {button('Post', can.post, state.onPost, !!preview && !preview.posted)}
        {state.waitsForApproval && button('Approve', can.approve, state.onApprove)}
        {button('Cancel', can.cancel, state.onCancelRun)}
        {button('Clone', can.clone, state.onClone)}
        {button('Edit', can.edit, state.onEdit)}
        {button('Revert', can.revert, state.onRevert)}
        <ExportButton label="Export" disabled={!can.export} busy={busy} title={state.exportTitle} onExport={state.onExport} menu={state.exportMenu} />
      </div>
      {deliveries && renderDeliveries(deliveries, state, styles)}
      <div className={styles.status} aria-live="polite">
        {renderTaskStatus(state)}
      </div>
      <ErrorBar words={state.error} />
      <TabList selectedValue={state.tab} onTabSelect={(_, data) => state.setTab(data.value as RunTab)} aria-label="Run views">
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
