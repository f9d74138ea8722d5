import { Button, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorBar } from '../components/feedback/ErrorBar';
import { saveBytesAsDownload } from '../standalone/browserWorkbook';
import type { StandaloneWorkbook } from '../standalone/standaloneBooks';

export interface SaveWorkbookButtonProps {
  workbook: Pick<StandaloneWorkbook, 'fileName' | 'toBytes'>;
  /** How the bytes leave the browser (a download; tests pass a spy). */
  save?: (bytes: Uint8Array, fileName: string) => void;
  /** Called once the bytes were handed to `save` (the file bar then clears its unsaved mark and says "Saved"). */
  onSaved?: () => void;
}

/**
 * Standalone mode's Save: the workbook as it is now, written to .xlsx (in the session worker,
 * which takes a moment on a big workbook) and offered as a download under its own name.
 */
export function SaveWorkbookButton({ workbook, save = saveBytesAsDownload, onSaved }: SaveWorkbookButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onSave = async () => {
    setBusy(true);
    setError(null);
    try {
      save(await workbook.toBytes(), workbook.fileName);
      onSaved?.();
    } catch (e) {
      setError(`The workbook could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="small" disabled={busy} onClick={() => void onSave()} icon={busy ? <Spinner size="extra-tiny" aria-label="Saving" /> : undefined}>
        Save workbook
      </Button>
      <ErrorBar words={error} title="Not saved" />
    </>
  );
}
