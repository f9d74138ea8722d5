import { DEFAULT_ACTIONS } from '../../../engine/actions/actionRegistry';
import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import type { DraftCheck, RunDraft, RunsSession } from '../../session/runsSession';
import { type Loaded, useSessionLoad } from '../shared/useSessionLoad';
import { useTaskState } from '../shared/useTaskState';
import { type PlacedChecks, placeChecks } from './placeChecks';
import { sameDraft } from './sameDraft';

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
  /** The check's problems and warnings by the field, section or form they are shown in. */
  placed: PlacedChecks;
  checking: boolean;
  /** The form differs from the run as it was opened. */
  dirty: boolean;
  /** Cancel was asked with unsaved edits: the editor asks whether to discard them. */
  confirmingDiscard: boolean;
  saving: boolean;
  /** Save is offered only for a checked draft without problems. */
  canSave: boolean;
  error: string | null;
  onSave: () => void;
  /** The Cancel button, focused again when the discard question is answered "keep editing". */
  cancelRef: RefObject<HTMLButtonElement>;
  /** Cancel: closes at once when nothing changed, else asks first. */
  onCancel: () => void;
  /** The answer "keep editing": the edits stay. */
  onKeepEditing: () => void;
  /** The answer "discard": the editor closes without saving. */
  onDiscard: () => void;
  onClose: () => void;
}

/** A new run's form: blank fields, the Runs sheet's defaults (SPEC §4). */
export function newRunDraft(): RunDraft {
  return {
    name: '',
    id: '',
    actions: [...DEFAULT_ACTIONS],
    mode: 'rolling',
    leadDays: '',
    expiringBy: '',
    expiryWindowDays: '',
    effectiveDate: '',
    noticeIntervalDays: '',
    maxNotices: '',
    dropAfterDays: '',
    collectThrough: '',
    memberTypes: [],
    autoPay: 'all',
    useMapping: '',
    frequency: '',
    day: '',
    time: '',
    preProcessingLeadDays: '0',
    paymentFile: '',
    alignTo: '',
    proration: 'monthly',
    billActivations: false,
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
  const task = useTaskState();
  const { fail, setError } = task;
  const [check, setCheck] = useState<DraftCheck | null>(null);
  // The draft the latest check answered (with a result or a refusal): until it is the draft on
  // screen, a check is pending. Derived, so the effect sets state only when a check answers.
  const [answered, setAnswered] = useState<RunDraft | null>(null);
  const value = draft.state === 'ready' ? draft.value : null;
  const canCheck = session.checkDraft !== undefined;
  // The draft as it was opened, kept from its first render: edits are what differ from it.
  const [pristine, setPristine] = useState<RunDraft | null>(null);
  if (value !== null && pristine === null) setPristine(value);
  const dirty = value !== null && pristine !== null && !sameDraft(pristine, value);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const placed = useMemo(() => placeChecks(check), [check]);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // Once the question closes and the editor stays, focus goes back to Cancel, not to <body>.
  useEffect(() => {
    if (wasConfirming.current && !confirmingDiscard) cancelRef.current?.focus();
    wasConfirming.current = confirmingDiscard;
  }, [confirmingDiscard]);

  useEffect(() => {
    if (value === null || !session.checkDraft) return undefined;
    const checkDraft = session.checkDraft.bind(session);
    let current = true;
    const timer = setTimeout(() => {
      checkDraft(value, runId).then(
        (result) => {
          if (!current) return;
          setCheck(result);
          setError(null);
          setAnswered(value);
        },
        (failure: unknown) => {
          if (!current) return;
          fail(failure);
          setAnswered(value);
        },
      );
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [value, session, runId, fail, setError]);

  const saving = task.busy !== null;

  return {
    isNew: runId === null,
    draft,
    setField: (field, fieldValue) => {
      if (value) set({ ...value, [field]: fieldValue });
    },
    check,
    placed,
    checking: value !== null && canCheck && answered !== value,
    dirty,
    confirmingDiscard,
    saving,
    canSave: !saving && check !== null && check.problems.length === 0 && value !== null && session.saveRun !== undefined,
    error: task.error ?? (value !== null && !canCheck ? UNSUPPORTED : null),
    onSave: () => {
      const saveRun = session.saveRun?.bind(session);
      if (!value || !saveRun) return;
      void task.run('Saving the run…', async () => {
        onSaved(await saveRun(value, runId));
      });
    },
    cancelRef,
    onCancel: () => (dirty ? setConfirmingDiscard(true) : onClose()),
    onKeepEditing: () => setConfirmingDiscard(false),
    onDiscard: () => {
      setConfirmingDiscard(false);
      onClose();
    },
    onClose,
  };
}
