import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, type RefObject, useEffect, useRef } from 'react';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /**
   * Whether confirming throws work away (revert, discard): then the confirm button is not styled
   * as the primary action, so the eye lands on the safe one.
   */
  destructive?: boolean;
  /**
   * Where focus goes when it opens: the safe button (`cancel`, the default), or the first field
   * of its content (`content`, for a dialog that asks for a value).
   */
  initialFocus?: 'cancel' | 'content';
  onConfirm: () => void;
  onCancel: () => void;
}

export interface ConfirmDialogState extends ConfirmDialogProps {
  cancelLabel: string;
  cancelRef: RefObject<HTMLButtonElement>;
  onOpenChange: (open: boolean) => void;
}

const useStyles = makeStyles({
  destructive: { color: tokens.colorPaletteRedForeground1 },
});

/** Defaults and the dialog's own close (Escape) mapped to cancel. */
export function useConfirmDialog({ cancelLabel = 'Cancel', initialFocus = 'cancel', ...props }: ConfirmDialogProps): ConfirmDialogState {
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Runs after the Dialog's own first-element focus (a parent's effect runs after its children's).
  useEffect(() => {
    if (props.open && initialFocus === 'cancel') cancelRef.current?.focus();
  }, [props.open, initialFocus]);
  return { ...props, cancelLabel, initialFocus, cancelRef, onOpenChange: (open) => !open && props.onCancel() };
}

/**
 * An alert dialog asking before something that writes to the workbook (post, revert). It opens
 * with focus on the safe button (Cancel), which comes first, so Enter never confirms by accident.
 */
export function renderConfirmDialog(state: ConfirmDialogState, styles: ReturnType<typeof useStyles>) {
  return (
    <Dialog open={state.open} modalType="alert" onOpenChange={(_, data) => state.onOpenChange(data.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{state.title}</DialogTitle>
          <DialogContent>{state.children}</DialogContent>
          <DialogActions>
            <Button ref={state.cancelRef} appearance="secondary" onClick={state.onCancel}>
              {state.cancelLabel}
            </Button>
            <Button
              appearance={state.destructive ? 'secondary' : 'primary'}
              className={state.destructive ? styles.destructive : undefined}
              onClick={state.onConfirm}
            >
              {state.confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** A confirmation dialog: title, words, the safe button first, then the confirm button. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return renderConfirmDialog(useConfirmDialog(props), useStyles());
}
