import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { RunEditorState } from './useRunEditor';

/**
 * Asks before Cancel throws edits away. The safe answer, Keep editing, comes first and takes
 * the focus when the dialog opens; Escape keeps editing too.
 */
export function renderDiscardDialog(state: RunEditorState) {
  return (
    <Dialog open={state.confirmingDiscard} modalType="alert" onOpenChange={(_, data) => !data.open && state.onKeepEditing()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Discard your changes to this run?</DialogTitle>
          <DialogContent>Your edits have not been saved. Discarding them leaves the run as it was.</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={state.onKeepEditing}>
              Keep editing
            </Button>
            <Button appearance="secondary" onClick={state.onDiscard}>
              Discard changes
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
