import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Title3 } from '@fluentui/react-components';
import { ErrorBar } from '../../components/feedback/ErrorBar';
import { renderRunFields } from './renderRunFields';
import type { RunEditorState } from './useRunEditor';
import type { RunEditorStyles } from './useRunEditorStyles';

/** The editor: loading / failure, else the form beside its live setup checks, then Save and Cancel. */
export function renderRunEditor(state: RunEditorState, styles: RunEditorStyles) {
  const { draft } = state;
  const title = state.isNew ? 'New run' : 'Edit run';
  if (draft.state !== 'ready') {
    return (
      <main className={styles.root} aria-busy={draft.state === 'loading'}>
        <Title3 as="h1">{title}</Title3>
        {draft.state === 'loading' ? <Spinner size="small" label="Loading the run…" /> : <ErrorBar title="Could not open the run" words={draft.words} />}
        <Button onClick={state.onClose}>Close</Button>
      </main>
    );
  }
  return (
    <main className={styles.root} aria-busy={state.saving}>
      <Title3 as="h1">{title}</Title3>
      <div className={styles.body}>
        <form className={styles.form} aria-label="Run definition" onSubmit={(e) => e.preventDefault()}>
          {renderRunFields(draft.value, state, styles)}
        </form>
        {renderChecks(state, styles)}
      </div>
      <ErrorBar title="Could not save the run" words={state.error} />
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={!state.canSave} onClick={state.onSave}>
          Save
        </Button>
        <Button disabled={state.saving} onClick={state.onClose}>
          Cancel
        </Button>
        {state.saving && <Spinner size="tiny" labelPosition="after" label="Saving the run…" />}
      </div>
    </main>
  );
}

function renderChecks(state: RunEditorState, styles: RunEditorStyles) {
  const { check } = state;
  return (
    <section className={styles.checks} aria-label="Setup checks" aria-live="polite">
      <Subtitle2 as="h2">Setup checks</Subtitle2>
      {state.checking && <Spinner size="tiny" labelPosition="after" label="Checking…" />}
      {check && check.problems.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Fix before saving</MessageBarTitle>
            <ul>
              {check.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {check?.warnings.map((w) => (
        <MessageBar key={w.code} intent="warning">
          <MessageBarBody>{w.message}</MessageBarBody>
        </MessageBar>
      ))}
      {check && check.problems.length === 0 && check.warnings.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>No setup problems.</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
