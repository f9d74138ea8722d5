import { Badge, Body1, Button, Card, Spinner, Text, Title3, type BadgeProps } from '@fluentui/react-components';
import { ConfirmDialog } from '../../components/ConfirmDialog/ConfirmDialog';
import { ExportButton } from '../../components/ExportButton/ExportButton';
import { ErrorBar } from '../../components/feedback/ErrorBar';
import { renderTaskStatus } from '../shared/renderTaskStatus';
import type { HistoryEntry } from '../../session/runsSession';
import type { HistoryPageState } from './useHistoryPage';
import type { HistoryPageStyles } from './useHistoryPageStyles';
import { formatExecutedAt } from './formatExecutedAt';

const STATUS_COLOR: Record<HistoryEntry['status'], BadgeProps['color']> = {
  Posted: 'success',
  Reverted: 'informative',
  Posting: 'warning',
  'Rolled Back': 'warning',
};

/** The History page: the Run Log as a stack of cards (one per post), Revert and Export on the posts that allow them. */
export function renderHistoryPage(state: HistoryPageState, styles: HistoryPageStyles) {
  const { entries } = state;
  const busy = state.busy !== null;
  return (
    <main className={styles.root} aria-busy={entries.state === 'loading' || busy}>
      <Title3 as="h1">History</Title3>
      <div className={styles.status} aria-live="polite">
        {entries.state === 'loading' && <Spinner size="small" label="Loading the Run Log…" />}
        {renderTaskStatus(state)}
        {entries.state === 'ready' && entries.value.length === 0 && <Body1>No run has been posted in this workbook yet.</Body1>}
      </div>
      {entries.state === 'error' && <ErrorBar title="Could not read the Run Log" words={entries.words} />}
      <ErrorBar words={state.error} />
      {entries.state === 'ready' && entries.value.length > 0 && (
        <ul className={styles.list} aria-label="Run Log">
          {entries.value.map((entry) => (
            <li key={entry.row}>{renderEntry(entry, busy, state, styles)}</li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={state.revertCandidate !== null}
        title="Revert this post?"
        confirmLabel="Revert"
        onConfirm={state.onConfirmRevert}
        onCancel={state.onCancelRevert}
      >
        <Body1>
          Revert run {state.revertCandidate?.runId} as of {state.revertCandidate?.asOf}: every cell the post changed is restored from the Journal. It is refused
          if a later run depends on it.
        </Body1>
      </ConfirmDialog>
    </main>
  );
}

/** When the post ran, readable, with the Run Log's own value for machines (`<time dateTime>`). */
function renderExecutedAt(entry: HistoryEntry, styles: HistoryPageStyles) {
  if (entry.executedAt === null) return null;
  const { text, dateTime } = formatExecutedAt(entry.executedAt);
  const verb = entry.status === 'Posted' || entry.status === 'Reverted' ? 'Posted' : 'Started';
  return (
    <>
      {' · '}
      {verb}{' '}
      {dateTime === null ? (
        text
      ) : (
        <time dateTime={dateTime} title={dateTime} className={styles.time}>
          {text}
        </time>
      )}
    </>
  );
}

function renderEntry(entry: HistoryEntry, busy: boolean, state: HistoryPageState, styles: HistoryPageStyles) {
  const what = `${entry.runId} as of ${entry.asOf}`;
  const canExport = entry.status === 'Posted';
  return (
    <Card size="small" className={styles.card} aria-label={what}>
      <div className={styles.head}>
        <Text weight="semibold" className={styles.runId}>
          {entry.runId}
        </Text>
        <Badge appearance="tint" color={STATUS_COLOR[entry.status]}>
          {entry.status}
        </Badge>
      </div>
      <Text className={styles.meta}>
        As of {entry.asOf}
        {renderExecutedAt(entry, styles)}
      </Text>
      {(entry.canRevert || canExport) && (
        <div className={styles.buttons}>
          {entry.canRevert && (
            <Button size="small" disabled={busy} aria-label={`Revert ${what}`} onClick={() => state.onRevert(entry)}>
              Revert
            </Button>
          )}
          {canExport && (
            <ExportButton
              size="small"
              disabled={busy}
              label={`Export ${what}`}
              title={state.exportTitle(entry)}
              onExport={() => state.onExport(entry)}
              menu={state.exportMenu(entry)}
            />
          )}
        </div>
      )}
    </Card>
  );
}
