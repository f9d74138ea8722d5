import { useRef, useState, type ChangeEvent, type RefObject } from 'react';
import type { ReconcilePreview, ReconcileSession, SettlementSource } from '../../session/reconcileSession';
import { type Loaded, useSessionLoad } from '../shared/useSessionLoad';
import { cellWords } from './changeWords';
import { totalWords } from './totalWords';
import { type TaskState, useTaskState } from '../shared/useTaskState';

export interface ReconcilePageProps {
  reconcile: ReconcileSession;
}

export interface ReconcilePageState extends Pick<TaskState, 'busy' | 'error' | 'notice'> {
  sources: Loaded<string[]>;
  /** The sheet picked in the dropdown, or null. */
  sheet: string | null;
  source: SettlementSource | null;
  preview: ReconcilePreview | null;
  /** True once the preview shown is what Apply wrote. */
  applied: boolean;
  confirming: boolean;
  fileInput: RefObject<HTMLInputElement>;
  onPickSheet: (sheetName: string) => void;
  onChooseFile: () => void;
  onFileChosen: (event: ChangeEvent<HTMLInputElement>) => void;
  onApply: () => void;
  onConfirmApply: () => void;
  onCancelApply: () => void;
}

/** A File's bytes (FileReader where Blob.arrayBuffer is missing). */
function readBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read`));
    reader.readAsArrayBuffer(file);
  });
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Pick a settlements sheet or file, preview what reconciling it does, then apply it after confirmation. */
export function useReconcilePage({ reconcile }: ReconcilePageProps): ReconcilePageState {
  const { loaded: sources, reload } = useSessionLoad(() => reconcile.settlementSources());
  const fileInput = useRef<HTMLInputElement>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [source, setSource] = useState<SettlementSource | null>(null);
  const [preview, setPreview] = useState<ReconcilePreview | null>(null);
  const [applied, setApplied] = useState(false);
  const { busy, error, notice, run } = useTaskState();
  const [confirming, setConfirming] = useState(false);

  const previewOf = (next: SettlementSource, label: string) =>
    void run(label, async () => {
      setSource(next);
      setPreview(null);
      setApplied(false);
      setPreview(next.kind === 'sheet' ? await reconcile.previewFromSheet(next.sheetName) : await reconcile.previewFromFile(next.name, next.bytes));
    });

  return {
    sources,
    sheet,
    source,
    preview,
    applied,
    busy,
    error,
    notice,
    confirming,
    fileInput,
    onPickSheet: (sheetName) => {
      setSheet(sheetName);
      previewOf({ kind: 'sheet', sheetName }, `Reading sheet ${sheetName}…`);
    },
    onChooseFile: () => fileInput.current?.click(),
    onFileChosen: (event) => {
      const file = event.target.files?.[0];
      event.target.value = '';
      if (!file) return;
      setSheet(null);
      void run(`Reading ${file.name}…`, async () => {
        const bytes = await readBytes(file);
        const next: SettlementSource = { kind: 'file', name: file.name, bytes };
        setSource(next);
        setPreview(null);
        setApplied(false);
        setPreview(await reconcile.previewFromFile(file.name, bytes));
      });
    },
    onApply: () => setConfirming(true),
    onConfirmApply: () => {
      setConfirming(false);
      const what = source;
      if (!what) return;
      void run('Applying the settlements…', async () => {
        const outcome = await reconcile.apply(what);
        setPreview(outcome);
        setApplied(true);
        reload();
        return outcome.cellsChanged === 0
          ? `Nothing to change: every row of ${outcome.source} is already applied.`
          : `Applied ${outcome.source}: ${plural(outcome.payments, 'payment')} totalling ${totalWords(outcome.appliedTotals)}; ${cellWords(outcome.cellsChanged, true)}.`;
      });
    },
    onCancelApply: () => setConfirming(false),
  };
}
