import { Body1, Field, Input } from '@fluentui/react-components';
import { ConfirmDialog } from '../../components/ConfirmDialog/ConfirmDialog';
import { PostConfirmDialog } from '../shared/PostConfirmDialog';
import { discardWords } from './discardWords';
import type { RunPageState } from './useRunPage';

/** The Post (or Approve), Revert, Discard preview and Clone dialogs. */
export function renderRunDialogs(state: RunPageState) {
  return (
    <>
      <PostConfirmDialog confirmation={state.confirmation} onConfirm={state.onConfirmPost} onCancel={state.onCancelPost} />
      <ConfirmDialog
        open={state.revertConfirmation}
        title="Revert this post?"
        confirmLabel="Revert"
        destructive
        onConfirm={state.onConfirmRevert}
        onCancel={state.onCancelRevert}
      >
        <Body1>Revert restores every cell the post changed, from the Journal. It is refused if a later run depends on it.</Body1>
      </ConfirmDialog>
      <ConfirmDialog
        open={state.discardConfirmation !== null}
        title="Discard the preview?"
        confirmLabel="Discard preview"
        cancelLabel="Keep the preview"
        destructive
        onConfirm={state.onConfirmDiscard}
        onCancel={state.onCancelDiscard}
      >
        <Body1>{discardWords(state.discardConfirmation ?? 0)}</Body1>
      </ConfirmDialog>
      <ConfirmDialog
        open={state.cloneName !== null}
        title="Clone this run"
        confirmLabel="Clone"
        initialFocus="content"
        onConfirm={state.onConfirmClone}
        onCancel={state.onCancelClone}
      >
        <Field label="Name of the new run" required>
          <Input value={state.cloneName ?? ''} onChange={(_, data) => state.setCloneName(data.value)} />
        </Field>
      </ConfirmDialog>
    </>
  );
}
