import { Badge, Body1, Button, Caption1, Card, Spinner, Title3 } from '@fluentui/react-components';
import { ErrorBar } from '../../components/feedback/ErrorBar';
import { RunStatusBadge } from '../../components/RunStatusBadge/RunStatusBadge';
import type { RunSummary } from '../../session/runsSession';
import { RunEditor } from '../RunEditor/RunEditor';
import { PostConfirmDialog } from '../shared/PostConfirmDialog';
import { renderTaskStatus } from '../shared/renderTaskStatus';
import type { RunsPageState } from './useRunsPage';
import type { RunsPageStyles } from './useRunsPageStyles';

/** The Runs list: one card per run, the whole card opening it. */
export function renderRunsPage(state: RunsPageState, styles: RunsPageStyles) {
  const { runs } = state;
  if (state.creating) return <RunEditor session={state.session} runId={null} onSaved={state.onRunSaved} onClose={state.onEditorClosed} />;
  return (
    <main className={styles.root} aria-busy={runs.state === 'loading' || state.busy !== null}>
      <div className={styles.heading}>
        <Title3 as="h1">Runs</Title3>
        {state.canCreate && (
          <Button appearance="primary" onClick={state.onNewRun}>
            New run
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {runs.state === 'loading' && <Spinner size="small" label="Loading runs…" />}
        {runs.state === 'ready' && runs.value.length === 0 && <Body1>This workbook has no runs. Add a row to the Runs sheet to define one.</Body1>}
      </div>
      {runs.state === 'error' && <ErrorBar title="Could not read the runs" words={runs.words} />}
      <div className={styles.status} aria-live="polite">
        {renderTaskStatus(state)}
      </div>
      <ErrorBar words={state.error} />
      {runs.state === 'ready' && runs.value.length > 0 && (
        <ul className={styles.list} aria-label="Runs">
          {runs.value.map((run) => renderRun(run, state, styles))}
        </ul>
      )}
      <PostConfirmDialog confirmation={state.confirmation} onConfirm={state.onConfirmApprove} onCancel={state.onCancelApprove} />
    </main>
  );
}

/**
 * A run's card. The run's name is the card's one button (its accessible name, described by the
 * card's badges and dates); its hit area is stretched over the whole card, so a click anywhere on
 * the card opens the run, and Tab reaches it once. Approve sits above that area as its own button.
 */
function renderRun(run: RunSummary, state: RunsPageState, styles: RunsPageStyles) {
  const warnings = run.warnings.length;
  const described = `run-${run.id.replace(/[^\w-]/g, '_')}-about`;
  return (
    <li key={run.id}>
      <Card size="small" className={styles.run}>
        <div className={styles.heading}>
          <Button appearance="transparent" className={styles.open} aria-describedby={described} onClick={() => state.onOpenRun(run.id)}>
            {run.name}
          </Button>
        </div>
        <div id={described} className={styles.about}>
          <div className={styles.badges}>
            <RunStatusBadge status={run.status} />
            {run.due && (
              <Badge appearance="outline" color="informative">
                Due
              </Badge>
            )}
            {run.waitsForApproval && (
              <Badge appearance="tint" color="brand">
                Waits for approval
              </Badge>
            )}
            {warnings > 0 && (
              <Badge appearance="tint" color="warning">
                {warnings === 1 ? '1 setup warning' : `${warnings} setup warnings`}
              </Badge>
            )}
          </div>
          <Caption1 className={styles.meta}>
            ID {run.id}
            {run.preProcessingDate ? ` · Pre-processing ${run.preProcessingDate}` : ' · On demand'}
            {run.occurrence ? ` · Occurrence ${run.occurrence}` : ''}
          </Caption1>
        </div>
        {run.waitsForApproval && (
          <div className={styles.approval}>
            <Button appearance="primary" size="small" aria-label={`Approve ${run.name}`} disabled={state.busy !== null} onClick={() => state.onApprove(run)}>
              Approve
            </Button>
            <Caption1 className={styles.meta}>Posts {run.postsAt} once approved</Caption1>
          </div>
        )}
      </Card>
    </li>
  );
}
