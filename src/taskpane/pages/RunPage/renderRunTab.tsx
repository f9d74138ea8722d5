import { describeInputError } from '../../../engine/reasons/describeInputError';
import { Body1, Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ForecastSection } from '../../charts/ForecastSection';
import { ActionsList } from '../../components/ActionsList/ActionsList';
import { StatisticsTable } from '../../components/StatisticsTable/StatisticsTable';
import type { RunPreview, RunSummary } from '../../session/runsSession';
import { renderDeliveries } from './renderDeliveries';
import type { RunPageState } from './useRunPage';
import type { RunPageStyles } from './useRunPageStyles';

/** A Payment File as the Details tab names it (SPEC §10). */
const PAYMENT_FILES = { sepa: 'SEPA (pain.008)', nacha: 'NACHA' } as const;

const NOT_PREVIEWED = 'The run has not been previewed yet: choose Preview to see what it would do.';

/** The selected tab's content. */
export function renderRunTab(run: RunSummary, preview: RunPreview | null, state: RunPageState, styles: RunPageStyles) {
  if (state.tab === 'statistics') {
    return (
      <>
        {preview ? <StatisticsTable statistics={preview.statistics} /> : <Body1>{NOT_PREVIEWED}</Body1>}
        {state.forecast && <ForecastSection load={state.forecast} actions={run.actions} />}
      </>
    );
  }
  if (state.tab === 'actions') {
    return preview ? (
      <ActionsList
        items={preview.items}
        disabled={state.busy !== null || preview.posted}
        onIncludeChange={state.onIncludeChange}
        onSelectItem={state.onSelectItem}
        loadMessage={state.loadMessage}
      />
    ) : (
      <Body1>{NOT_PREVIEWED}</Body1>
    );
  }
  const warnings = distinctWarnings([...run.warnings, ...(preview?.warnings ?? [])]);
  const deliveries = state.data.state === 'ready' ? state.data.value.deliveries : null;
  return (
    <>
      {deliveries && renderDeliveries(deliveries, state, styles)}
      <Body1>Mode: {run.mode}</Body1>
      <Body1>Actions: {run.actions.join(', ')}</Body1>
      {run.paymentFile && <Body1>Payment File: {PAYMENT_FILES[run.paymentFile]}</Body1>}
      {run.occurrence && <Body1>Occurrence: {run.occurrence}</Body1>}
      {warnings.length === 0 ? (
        <Caption1>No setup warnings.</Caption1>
      ) : (
        warnings.map((warning, i) => (
          <MessageBar key={`${warning.code}:${i}`} intent="warning">
            <MessageBarBody>{warning.message}</MessageBarBody>
          </MessageBar>
        ))
      )}
      {preview && preview.inputErrors.length > 0 && (
        <>
          <Body1>Rows left out because of input errors:</Body1>
          <ul className={styles.list}>
            {preview.inputErrors.map((e) => (
              <li key={`${e.sheet}:${e.row}:${e.column}`}>{describeInputError(e)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** Setup warnings once each: the run's own and the preview's repeat the same checks (SPEC §3.9). */
function distinctWarnings(warnings: readonly { code: string; message: string }[]) {
  const seen = new Set<string>();
  return warnings.filter((w) => !seen.has(w.message) && (seen.add(w.message), true));
}
