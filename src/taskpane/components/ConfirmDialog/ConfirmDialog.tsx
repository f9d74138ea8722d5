import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export interface ConfirmDialogState extends ConfirmDialogProps {
  cancelLabel: string;
  onOpenChange: (open: boolean) => void;
}

/** Defaults and the dialog's own close (Escape) mapped to cancel. */
export function useConfirmDialog({ cancelLabel = 'Cancel', ...props }: ConfirmDialogProps): ConfirmDialogState {
  return { ...props, cancelLabel, onOpenChange: (open) => !open && props.onCancel() };
}

/** An alert dialog asking before something that writes to the workbook (post, revert). */
export function renderConfirmDialog(state: ConfirmDialogState) {
  return (
    <Dialog open={state.open} modalType="alert" onOpenChange={(_, data) => state.onOpenChange(data.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{state.title}</DialogTitle>
          <DialogContent>{state.children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={state.onConfirm}>
              {state.confirmLabel}
            </Button>
            <Button appearance="secondary" onClick={state.onCancel}>
              {state.cancelLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  return renderConfirmDialog(useConfirmDialog(props));
}
