import { DEFAULT_ACTIONS } from '../../../engine/actions/actionRegistry';
import { useEffect, useState } from 'react';
import { refusalWords } from '../../components/feedback/refusalWords';
import type { DraftCheck, RunDraft, RunsSession } from '../../session/runsSession';
import { type Loaded, useSessionLoad } from '../shared/useSessionLoad';

/** How long typing must pause before the draft is checked again. */
export const CHECK_DELAY_MS = 250;

export interface RunEditorProps {
  session: RunsSession;
  /** The run to edit; null for a new run. */
  runId: string | null;
  /** Called with the run's ID once it is saved. */
  onSaved: (runId: string) => void;
  onClose: () => void;
}

export interface RunEditorState {
  isNew: boolean;
  draft: Loaded<RunDraft>;
  setField: <K extends keyof RunDraft>(field: K, value: RunDraft[K]) => void;
  /** The latest check of the draft (null until the first one answers). */
  check: DraftCheck | null;
  checking: boolean;
  saving: boolean;
  /** Save is offered only for a checked draft without problems. */
  canSave: boolean;
  error: string | null;
  onSave: () => void;
  onClose: () => void;
}

/** A new run's form: blank fields, the Runs sheet's defaults (SPEC §4). */
export function newRunDraft(): RunDraft {
  return {
    name: '', id: '', actions: [...DEFAULT_ACTIONS], mode: 'rolling', leadDays: '', expiringBy: '', expiryWindowDays: '', effectiveDate: '',
    noticeIntervalDays: '', maxNotices: '', dropAfterDays: '', collectThrough: '', memberTypes: [], autoPay: 'all', useMapping: '', frequency: '',
    day: '', time: '', preProcessingLeadDays: '0',
  };
}

const UNSUPPORTED = 'This workbook connection cannot edit runs.';

/** Loads the draft, checks it (debounced) as the user edits, and saves it. */
export function useRunEditor({ session, runId, onSaved, onClose }: RunEditorProps): RunEditorState {
  const load = async (): Promise<RunDraft> => {
    if (runId === null) return newRunDraft();
    if (!session.runDraft) throw new Error(UNSUPPORTED);
    const loaded = await session.runDraft(runId);
    // Member Types is edited as one comma list; its pieces keep their spaces as typed.
    return { ...loaded, memberTypes: loaded.memberTypes.map((t, i) => (i === 0 ? t : ` ${t}`)) };
  };
  const { loaded: draft, set } = useSessionLoad(load, runId ?? '');
  const [check, setCheck] = useState<DraftCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const value = draft.state === 'ready' ? draft.value : null;

  useEffect(() => {
    if (value === null) return undefined;
    if (!session.checkDraft) {
      setError(UNSUPPORTED);
      return undefined;
    }
    const checkDraft = session.checkDraft.bind(session);
    let current = true;
    setChecking(true);
    const timer = setTimeout(() => {
      checkDraft(value, runId).then(
        (result) => {
          if (!current) return;
          setCheck(result);
          setError(null);
          setChecking(false);
        },
        (failure: unknown) => {
          if (!current) return;
          setError(refusalWords(failure));
          setChecking(false);
        },
      );
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [value, session, runId]);

  return {
    isNew: runId === null,
    draft,
    setField: (field, fieldValue) => {
      if (value) set({ ...value, [field]: fieldValue });
    },
    check,
    checking,
    saving,
    canSave: !saving && check !== null && check.problems.length === 0 && value !== null && session.saveRun !== undefined,
    error,
    onSave: () => {
      if (!value || !session.saveRun) return;
      setSaving(true);
      setError(null);
      session.saveRun(value, runId).then(
        (id) => {
          setSaving(false);
          onSaved(id);
        },
        (failure: unknown) => {
          setSaving(false);
          setError(refusalWords(failure));
        },
      );
    },
    onClose,
  };
}
