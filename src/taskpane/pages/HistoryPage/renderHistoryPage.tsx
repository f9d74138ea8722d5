import { Body1, Button, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Title3 } from '@fluentui/react-components';
import { ConfirmDialog } from '../../components/ConfirmDialog/ConfirmDialog';
import { ExportButton } from '../../components/ExportButton/ExportButton';
import { ErrorBar } from '../../components/feedback/ErrorBar';
import { renderTaskStatus } from '../shared/renderTaskStatus';
import type { HistoryEntry } from '../../session/runsSession';
import type { HistoryPageState } from './useHistoryPage';
import type { HistoryPageStyles } from './useHistoryPageStyles';

/** The History page: the Run Log as a table, Revert and Export on the rows that allow them. */
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
        <Table size="small" aria-label="Run Log">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Run</TableHeaderCell>
              <TableHeaderCell>As of</TableHeaderCell>
              <TableHeaderCell>Executed at</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell aria-label="Revert or export" />
            </TableRow>
          </TableHeader>
          <TableBody>{entries.value.map((entry) => renderEntry(entry, busy, state, styles))}</TableBody>
        </Table>
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

function renderEntry(entry: HistoryEntry, busy: boolean, state: HistoryPageState, styles: HistoryPageStyles) {
  const what = `${entry.runId} as of ${entry.asOf}`;
  return (
    <TableRow key={entry.row}>
      <TableCell>{entry.runId}</TableCell>
      <TableCell>{entry.asOf}</TableCell>
      <TableCell>{entry.executedAt ?? '—'}</TableCell>
      <TableCell>{entry.status}</TableCell>
      <TableCell>
        <div className={styles.buttons}>
          {entry.canRevert && (
            <Button size="small" disabled={busy} aria-label={`Revert ${what}`} onClick={() => state.onRevert(entry)}>
              Revert
            </Button>
          )}
          {entry.status === 'Posted' && (
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
      </TableCell>
    </TableRow>
  );
}
