import { describeInputError } from '../../../engine/reasons/describeInputError';
import { Body1, Button, Caption1, Dropdown, Label, MessageBar, MessageBarBody, Option, Spinner, Title3 } from '@fluentui/react-components';
import { ConfirmDialog } from '../../components/ConfirmDialog/ConfirmDialog';
import { ErrorBar } from '../../components/feedback/ErrorBar';
import { renderTaskStatus } from '../shared/renderTaskStatus';
import { formatCount } from '../../components/feedback/formatNumbers';
import type { ReconcilePreview } from '../../session/reconcileSession';
import { cellWords, changeWords } from './changeWords';
import { outcomeCounts } from './settlementOutcome';
import { SettlementCards } from './SettlementCards';
import { totalWords } from './totalWords';
import type { ReconcilePageState } from './useReconcilePage';
import type { ReconcilePageStyles } from './useReconcilePageStyles';

/**
 * What the file picker suggests: settlement sheets, and the bank's own files (camt.054/053 XML,
 * NACHA return files). Files are read by their content, so "All files" in the picker works too.
 */
const FILE_TYPES = '.csv,.xlsx,.xml,.ach,.nacha,.txt,.ret,.dat';

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The Reconcile page: the source pickers, the preview (counts and one card per settlement), Apply. */
export function renderReconcilePage(state: ReconcilePageState, styles: ReconcilePageStyles) {
  const { sources, preview } = state;
  const busy = state.busy !== null;
  const canApply = preview !== null && !state.applied && preview.cellsChanged > 0 && !busy;
  return (
    <main className={styles.root} aria-busy={sources.state === 'loading' || busy}>
      <Title3 as="h1">Reconcile</Title3>
      <Body1>
        Apply settlement results from a Settlements sheet, a .csv or .xlsx file, or the bank&apos;s camt.054, camt.053 or NACHA return file. You see what
        changes before anything is written.
      </Body1>
      <div className={styles.pickers}>
        <div className={styles.picker}>
          <Label id="reconcile-sheet">Settlements sheet</Label>
          <Dropdown
            aria-labelledby="reconcile-sheet"
            placeholder={sources.state === 'ready' && sources.value.length === 0 ? 'No Settlements sheet' : 'Pick a sheet'}
            disabled={busy || sources.state !== 'ready' || sources.value.length === 0}
            value={state.sheet ?? ''}
            selectedOptions={state.sheet ? [state.sheet] : []}
            onOptionSelect={(_, data) => data.optionValue && state.onPickSheet(data.optionValue)}
          >
            {sources.state === 'ready' &&
              sources.value.map((name) => (
                <Option key={name} value={name}>
                  {name}
                </Option>
              ))}
          </Dropdown>
        </div>
        <Button disabled={busy} onClick={state.onChooseFile}>
          Choose a settlements file…
        </Button>
        <input ref={state.fileInput} className={styles.hidden} type="file" accept={FILE_TYPES} aria-label="Settlements file" onChange={state.onFileChosen} />
      </div>
      <div className={styles.status} aria-live="polite">
        {sources.state === 'loading' && <Spinner size="tiny" labelPosition="after" label="Looking for Settlements sheets…" />}
        {renderTaskStatus(state)}
      </div>
      {sources.state === 'error' && <ErrorBar title="Could not read the workbook" words={sources.words} />}
      <ErrorBar words={state.error} />
      {preview && renderPreview(preview, state, styles, canApply)}
      <ConfirmDialog
        open={state.confirming}
        title="Apply these settlements?"
        confirmLabel="Apply"
        onConfirm={state.onConfirmApply}
        onCancel={state.onCancelApply}
      >
        {preview && (
          <Body1>
            Apply {preview.source}: {plural(preview.payments, 'payment')} totalling {totalWords(preview.appliedTotals)} are added to the Payments sheet, and{' '}
            {cellWords(preview.cellsChanged, false)}. Rows already applied are skipped.
          </Body1>
        )}
      </ConfirmDialog>
    </main>
  );
}

function renderPreview(preview: ReconcilePreview, state: ReconcilePageState, styles: ReconcilePageStyles, canApply: boolean) {
  return (
    <section aria-label={state.applied ? 'Outcome' : 'Preview'} className={styles.status}>
      <Caption1>
        {state.applied ? 'Applied' : 'Preview of'} {preview.source} as of {preview.asOf}
      </Caption1>
      <Body1>
        {outcomeCounts(preview.items)
          .map((c) => c.words)
          .join(' · ') || 'No settlement rows.'}
      </Body1>
      {(state.applied || preview.cellsChanged > 0) && <Body1>{changeWords(preview, state.applied)}</Body1>}
      {preview.inputErrors.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {plural(preview.inputErrors.length, 'row')} left out: {preview.inputErrors.map(describeInputError).join('; ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {!state.applied && preview.cellsChanged === 0 && <Body1>Nothing to change: applying this would write nothing.</Body1>}
      {!state.applied && (
        <Button appearance="primary" disabled={!canApply} onClick={state.onApply}>
          Apply
        </Button>
      )}
      {preview.items.length > 0 && <SettlementCards items={preview.items} />}
    </section>
  );
}
