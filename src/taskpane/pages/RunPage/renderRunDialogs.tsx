import { Body1, Field, Input } from '@fluentui/react-components';
import { ConfirmDialog } from '../../components/ConfirmDialog/ConfirmDialog';
import { PostConfirmDialog } from '../shared/PostConfirmDialog';
import type { RunPageState } from './useRunPage';

/** The Post (or Approve), Revert and Clone dialogs. */
export function renderRunDialogs(state: RunPageState) {
  return (
    <>
      <PostConfirmDialog confirmation={state.confirmation} onConfirm={state.onConfirmPost} onCancel={state.onCancelPost} />
      <ConfirmDialog
        open={state.revertConfirmation}
        title="Revert this post?"
        confirmLabel="Revert"
        onConfirm={state.onConfirmRevert}
        onCancel={state.onCancelRevert}
      >
        <Body1>Revert restores every cell the post changed, from the Journal. It is refused if a later run depends on it.</Body1>
      </ConfirmDialog>
      <ConfirmDialog
        open={state.cloneName !== null}
        title="Clone this run"
        confirmLabel="Clone"
        onConfirm={state.onConfirmClone}
        onCancel={() => state.setCloneName(null)}
      >
        <Field label="Name of the new run" required>
          <Input value={state.cloneName ?? ''} onChange={(_, data) => state.setCloneName(data.value)} />
        </Field>
      </ConfirmDialog>
    </>
  );
}
