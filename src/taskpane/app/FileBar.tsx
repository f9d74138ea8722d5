import {
  Body1Strong,
  Caption1,
  Caption1Strong,
  makeStyles,
  Toast,
  ToastBody,
  Toaster,
  ToastTitle,
  tokens,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { useMemo, useRef } from 'react';
import type { TrackedWorkbook } from '../standalone/trackChanges';
import { SaveWorkbookButton } from './SaveWorkbookButton';
import { useLeaveWarning } from './useLeaveWarning';
import { useUnsavedChanges } from './useUnsavedChanges';

export interface FileBarProps {
  workbook: Pick<TrackedWorkbook, 'fileName' | 'toBytes' | 'changes'>;
  /** How the bytes leave the browser (a download; tests pass a spy). */
  save?: (bytes: Uint8Array, fileName: string) => void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  file: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  where: { color: tokens.colorNeutralForeground3 },
  unsaved: { color: tokens.colorStatusWarningForeground1 },
  // Inline keeps the toast inside this landmark; fixed keeps it where Fluent puts a toast.
  toaster: { position: 'fixed' },
});

/**
 * Standalone mode's file bar, the page's banner: the workbook's name, an "Unsaved changes"
 * mark while the in-browser workbook holds changes not yet saved (and a leave-page warning
 * then), Save, and a "Saved" toast after a save.
 */
export function FileBar({ workbook, save }: FileBarProps) {
  const styles = useStyles();
  const { changes } = workbook;
  const unsaved = useUnsavedChanges(changes);
  useLeaveWarning(unsaved);
  const toasterId = useId('file-bar-toaster');
  const { dispatchToast } = useToastController(toasterId);
  // The version the saved bytes hold: a change made while they were written stays unsaved.
  const taken = useRef(0);
  const source = useMemo(
    () => ({
      fileName: workbook.fileName,
      toBytes: async () => {
        const version = changes.version;
        const bytes = await workbook.toBytes();
        taken.current = version;
        return bytes;
      },
    }),
    [workbook, changes],
  );
  const onSaved = () => {
    changes.markSaved(taken.current);
    dispatchToast(
      <Toast>
        <ToastTitle>Saved</ToastTitle>
        <ToastBody>{workbook.fileName} is in your browser's downloads.</ToastBody>
      </Toast>,
      { intent: 'success' },
    );
  };
  return (
    <header className={styles.root}>
      <div className={styles.file}>
        <Body1Strong className={styles.name} title={workbook.fileName}>
          {workbook.fileName}
        </Body1Strong>
        <span role="status">
          {unsaved ? (
            <Caption1Strong className={styles.unsaved}>
              <span aria-hidden="true">• </span>Unsaved changes
            </Caption1Strong>
          ) : (
            <Caption1 className={styles.where}>In this browser</Caption1>
          )}
        </span>
      </div>
      <SaveWorkbookButton workbook={source} save={save} onSaved={onSaved} />
      <Toaster toasterId={toasterId} inline position="bottom-end" className={styles.toaster} />
    </header>
  );
}
