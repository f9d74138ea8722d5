import { Button, Spinner, Text } from '@fluentui/react-components';
import { ErrorBar } from '../../components/feedback/ErrorBar';
import { describeCount } from './placeChecks';
import type { RunEditorState } from './useRunEditor';
import type { RunEditorStyles } from './useRunEditorStyles';

/** What the draft check found, in words: "Checking…" until it first answers. */
function checkWords(state: RunEditorState): string {
  const { check } = state;
  if (check === null) return state.checking ? 'Checking…' : '';
  return describeCount({ problems: check.problems.length, warnings: check.warnings.length }) || 'No setup problems.';
}

/**
 * The bar held at the bottom of the pane while the form scrolls: Save, Cancel, how many
 * problems and warnings the draft has (or "No setup problems."), and a failure to save.
 */
export function renderSaveBar(state: RunEditorState, styles: RunEditorStyles) {
  const { check } = state;
  const countClass = check && check.problems.length > 0 ? styles.countProblem : check && check.warnings.length > 0 ? styles.countWarning : styles.countNone;
  return (
    <div className={styles.saveBar} role="region" aria-label="Save the run">
      <ErrorBar title="Could not save the run" words={state.error} />
      <div className={styles.saveRow}>
        <Button appearance="primary" disabled={!state.canSave} onClick={state.onSave}>
          Save
        </Button>
        <Button ref={state.cancelRef} disabled={state.saving} onClick={state.onCancel}>
          Cancel
        </Button>
        {state.saving ? (
          <Spinner size="tiny" labelPosition="after" label="Saving the run…" />
        ) : (
          <Text size={200} className={countClass} aria-live="polite" data-testid="run-editor-count">
            {checkWords(state)}
          </Text>
        )}
      </div>
    </div>
  );
}
