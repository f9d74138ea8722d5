import { Button, Spinner, Title3 } from '@fluentui/react-components';
import { ErrorBar } from '../../components/feedback/ErrorBar';
import { renderDiscardDialog } from './renderDiscardDialog';
import { renderPlacedMessages } from './renderPlacedMessages';
import { renderRunSections } from './renderRunSections';
import { renderSaveBar } from './renderSaveBar';
import type { RunEditorState } from './useRunEditor';
import type { RunEditorStyles } from './useRunEditorStyles';

/** The editor: loading / failure, else the form in sections above a Save bar held at the pane's bottom. */
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
      <form className={styles.form} aria-label="Run definition" onSubmit={(e) => e.preventDefault()}>
        {renderPlacedMessages(state.placed.form, styles)}
        {renderRunSections(draft.value, state, styles)}
      </form>
      {renderSaveBar(state, styles)}
      {renderDiscardDialog(state)}
    </main>
  );
}
