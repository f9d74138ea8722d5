import { useCallback, useRef, useState } from 'react';
import type { ForecastWeekView } from '../../session/runsSession';
import type { DeliveryCounts, ItemMessage, MessagesDownload, RunPreview, RunSummary, RunsSession } from '../../session/runsSession';
import { downloadBytes } from '../../app/downloadBytes';
import { downloadedWords, renderingWords, SAVED_FILES } from './deliveryWords';
import { Refusal } from '../../../app/refusal';
import { type Loaded, useSessionLoad } from '../shared/useSessionLoad';
import { bankFileChoice } from '../shared/bankFileChoice';
import { type DownloadFile, exportChoices, exportProgressWords } from '../shared/exportBatches';
import { type TaskState, useTaskState } from '../shared/useTaskState';
import type { ExportMenuChoice } from '../../components/ExportButton/ExportButton';
import { postedWords } from './postedWords';
import type { PostConfirmation } from '../shared/PostConfirmDialog';
import { notPostedOf } from '../shared/postSentences';
import { isStaleRefusal } from './staleRefusal';
import { usePendingFocus } from './usePendingFocus';

export interface RunPageProps {
  session: RunsSession;
  runId: string;
  /** Saves an exported batch or bank file (the shell implements the download). */
  onDownload: DownloadFile;
  /** Saves a downloaded .zip of emails or a letters PDF; default: a browser download. */
  onSaveFile?: (bytes: Uint8Array, fileName: string, type: string) => void;
  /**
   * Why the emails or letters (`what`) cannot be saved here (Excel for Mac), or null. Given
   * words, the download refuses before the session makes the file — making it records each
   * message Written, which must not happen for a file that never reaches the disk.
   */
  saveRefusal?: (what: string) => string | null;
  /** Called with the new run's ID after a clone. */
  onCloned?: (runId: string) => void;
  /** Called with the run's new ID when an edit saves it under another ID (the parent then passes that ID as `runId`). */
  onRunIdChanged?: (runId: string) => void;
}

export type RunTab = 'details' | 'statistics' | 'actions';

export interface RunData {
  run: RunSummary | null;
  preview: RunPreview | null;
  /** What the run's latest post has to deliver (only read once the preview is posted). */
  deliveries: DeliveryCounts | null;
}

export interface RunPageState extends Pick<TaskState, 'busy' | 'error' | 'notice'> {
  data: Loaded<RunData>;
  tab: RunTab;
  setTab: (tab: RunTab) => void;
  can: Record<'preview' | 'refresh' | 'post' | 'approve' | 'discard' | 'clone' | 'edit' | 'revert' | 'export' | 'downloadEmails' | 'downloadLetters', boolean>;
  /** The command bar's one primary button: Preview without an open preview, Refresh when it is stale, else Post. */
  next: 'preview' | 'refresh' | 'post';
  /** Whether the run was ever posted: Export is offered only then. */
  everPosted: boolean;
  /** Items of the open preview staff excluded: what Discard preview would lose. */
  excludedCount: number;
  /** While set, Discard preview asks first: it would lose this many exclusions. */
  discardConfirmation: number | null;
  onDiscard: () => void;
  onConfirmDiscard: () => void;
  onCancelDiscard: () => void;
  /** The command bar's primary button, More actions button and the tab list, for focus after a call or dialog. */
  refs: { primary: React.RefObject<HTMLButtonElement>; more: React.RefObject<HTMLButtonElement>; tabs: React.RefObject<HTMLDivElement> };
  /** Whether the run waits for approval (SPEC §12): then Approve is shown beside Post. */
  waitsForApproval: boolean;
  /** The open Post or Approve confirmation (counts and totals; for Approve, when run-due posts). */
  confirmation: PostConfirmation | null;
  revertConfirmation: boolean;
  cloneName: string | null;
  setCloneName: (name: string | null) => void;
  onCancelClone: () => void;
  onPreview: () => void;
  onRefresh: () => void;
  onPost: () => void;
  onApprove: () => void;
  /** Confirms the open confirmation: posts, or approves. */
  onConfirmPost: () => void;
  onCancelPost: () => void;
  onClone: () => void;
  onConfirmClone: () => void;
  onRevert: () => void;
  onConfirmRevert: () => void;
  onCancelRevert: () => void;
  /** Export: each batch as a new workbook where the session can open workbooks, else as CSV downloads. */
  onExport: () => void;
  /** What Export does, in words (the button's tooltip). */
  exportTitle: string;
  /**
   * The other ways to export, in the menu beside Export: all batches in one workbook and Download
   * CSV (where Export opens workbooks), then the bank file where the run has a Payment File.
   */
  exportMenu: ExportMenuChoice[];
  /** Download emails: the post's emails not yet written, as a .zip of .eml files. */
  onDownloadEmails: () => void;
  /** Download letters: the post's letters not yet written, as one PDF. */
  onDownloadLetters: () => void;
  /** Renders an item's message for the Actions list. */
  loadMessage: (key: string) => Promise<ItemMessage | null>;
  onIncludeChange: (key: string, included: boolean) => void;
  onSelectItem: (key: string) => void;
  /** Loads the twelve-month projection, when the session can make one. */
  forecast: (() => Promise<ForecastWeekView[]>) | null;
  session: RunsSession;
  runId: string;
  /** Whether the run editor is open (in place of the page). */
  editing: boolean;
  onEdit: () => void;
  onEditorClosed: () => void;
  onEditSaved: (runId: string) => void;
}

/** The run page's data, what may be done now, and every button's call on the session. */
export function useRunPage({ session, runId, onDownload, onSaveFile = downloadBytes, saveRefusal, onCloned, onRunIdChanged }: RunPageProps): RunPageState {
  // Stable per run, so the chart's loader does not refetch on every render.
  const forecast = useCallback(() => (session.forecast ? session.forecast(runId) : Promise.resolve([])), [session, runId]);
  const loadMessage = useCallback((key: string) => session.itemMessage(runId, key), [session, runId]);
  const fetchData = async (): Promise<RunData> => {
    const [runs, preview] = await Promise.all([session.listRuns(), session.currentPreview(runId)]);
    const deliveries = preview?.posted ? await session.deliveryCounts(runId) : null;
    return { run: runs.find((r) => r.id === runId) ?? null, preview, deliveries };
  };
  const { loaded: data, set, reload } = useSessionLoad(fetchData, runId);
  const [editing, setEditing] = useState(false);
  const [tab, setTab] = useState<RunTab>('details');
  const { busy, error, notice, run, fail, setNotice } = useTaskState();
  const [confirmation, setConfirmation] = useState<PostConfirmation | null>(null);
  const [revertConfirmation, setRevertConfirmation] = useState(false);
  const [cloneName, setCloneName] = useState<string | null>(null);
  const [discardConfirmation, setDiscardConfirmation] = useState<number | null>(null);
  // Set when post was refused because the inputs changed since the preview; a new preview clears it.
  const [stale, setStale] = useState(false);
  const markStale = (failure: unknown): never => {
    if (isStaleRefusal(failure)) setStale(true);
    throw failure;
  };
  const refs = { primary: useRef<HTMLButtonElement>(null), more: useRef<HTMLButtonElement>(null), tabs: useRef<HTMLDivElement>(null) };
  const dialogOpen = confirmation !== null || revertConfirmation || cloneName !== null || discardConfirmation !== null;
  const focusLater = usePendingFocus(busy === null && !dialogOpen);
  const focusTabs = () => focusLater(() => refs.tabs.current?.querySelector<HTMLElement>('[aria-selected="true"]'));
  const focusPrimary = () => focusLater(() => refs.primary.current);
  const focusMore = () => focusLater(() => refs.more.current);

  const reloadAfter = async (call: () => Promise<unknown>) => {
    await call();
    set(await fetchData());
  };
  // A preview's own result is shown as it is: reading it back would plan the workbook and send
  // every item to the page a second time (at 100,000 items, seconds). Only the run is read again.
  const showPreview = async (call: () => Promise<RunPreview>) => {
    const next = await call();
    setStale(false);
    const runs = await session.listRuns();
    set({ run: runs.find((r) => r.id === runId) ?? null, preview: next, deliveries: null });
  };
  const download = (kind: 'emails' | 'letters', call: () => Promise<MessagesDownload>, type: string) =>
    run(renderingWords(kind, ready?.deliveries?.[kind]), async () => {
      const refusal = saveRefusal?.(SAVED_FILES[kind]) ?? null;
      if (refusal !== null) throw new Refusal('EXPORT_FAILED', refusal);
      const result = await call();
      if (result.bytes !== null) onSaveFile(result.bytes, result.fileName, type);
      set(await fetchData());
      return downloadedWords(kind, result);
    });

  const ready = data.state === 'ready' ? data.value : null;
  const exporting = exportChoices(session, runId, onDownload, 'The latest post has no batches to export.');
  const paymentFile = ready?.run?.paymentFile ?? null;
  const exportMore = paymentFile === null ? exporting.more : [...exporting.more, bankFileChoice(session, runId, paymentFile, onDownload)];
  const preview = ready?.preview ?? null;
  const open = preview !== null && !preview.posted;
  const idle = busy === null && ready?.run != null;
  const excludedCount = open ? preview.items.filter((item) => item.status === 'excluded').length : 0;
  const everPosted = preview?.posted === true || ready?.run?.status === 'Executed';
  const discard = () =>
    run('Discarding the preview…', async () => {
      await reloadAfter(() => session.cancel(runId));
      focusPrimary();
      return 'The preview is discarded: its sheet is removed and the run is marked Cancelled.';
    });
  const can = {
    preview: idle,
    refresh: idle && open,
    post: idle && open,
    approve: idle && open && ready?.run?.waitsForApproval === true,
    discard: idle && open,
    clone: idle,
    edit: idle && session.saveRun !== undefined,
    revert: idle && preview?.posted === true,
    export: idle && everPosted,
    downloadEmails: idle && (ready?.deliveries?.emails.total ?? 0) > 0,
    downloadLetters: idle && (ready?.deliveries?.letters.total ?? 0) > 0,
  };

  return {
    data,
    tab,
    setTab,
    busy,
    error,
    notice,
    can,
    next: !open ? 'preview' : stale ? 'refresh' : 'post',
    everPosted,
    excludedCount,
    discardConfirmation,
    onDiscard: () => (excludedCount > 0 ? setDiscardConfirmation(excludedCount) : void discard()),
    onConfirmDiscard: () => {
      setDiscardConfirmation(null);
      void discard();
    },
    onCancelDiscard: () => {
      setDiscardConfirmation(null);
      focusMore();
    },
    refs,
    waitsForApproval: ready?.run?.waitsForApproval === true,
    confirmation,
    revertConfirmation,
    cloneName,
    setCloneName,
    onCancelClone: () => {
      setCloneName(null);
      focusMore();
    },
    onPreview: () => {
      focusTabs();
      void run('Previewing…', () => showPreview(() => session.preview(runId)));
    },
    onRefresh: () => {
      focusTabs();
      void run('Refreshing…', () => showPreview(() => session.preview(runId, preview?.asOf)));
    },
    onPost: () =>
      run('Counting what post would apply…', async () => {
        const summary = await session.postSummary(runId);
        setConfirmation({ kind: 'post', summary, notPosted: preview ? notPostedOf(preview.statistics) : undefined });
      }),
    onApprove: () =>
      run('Counting what post would apply…', async () => {
        const postsAt = ready?.run?.postsAt ?? '';
        const summary = await session.postSummary(runId);
        setConfirmation({ kind: 'approve', summary, postsAt, notPosted: preview ? notPostedOf(preview.statistics) : undefined });
      }),
    onConfirmPost: () => {
      const confirmed = confirmation;
      setConfirmation(null);
      if (confirmed?.kind === 'approve') {
        focusMore();
        void run('Approving…', async () => {
          await reloadAfter(() => session.approve(runId).catch(markStale));
          return `Approved: run-due will post it as of ${confirmed.postsAt}.`;
        });
        return;
      }
      focusPrimary();
      void run('Posting…', async () => {
        const summary = await session.post(runId).catch(markStale);
        set(await fetchData());
        // The post's messages to download are on the Details tab.
        setTab('details');
        focusTabs();
        return postedWords(summary);
      });
    },
    onCancelPost: () => {
      const opener = confirmation?.kind === 'approve' ? refs.more : refs.primary;
      setConfirmation(null);
      focusLater(() => opener.current);
    },
    onClone: () => setCloneName(`${ready?.run?.name ?? runId} copy`),
    onConfirmClone: () => {
      const name = cloneName?.trim();
      setCloneName(null);
      focusMore();
      if (!name) return;
      void run('Cloning…', async () => {
        const newId = await session.clone(runId, name);
        onCloned?.(newId);
        return `Cloned as run ${newId}.`;
      });
    },
    onRevert: () => setRevertConfirmation(true),
    onConfirmRevert: () => {
      setRevertConfirmation(false);
      focusMore();
      if (!preview) return;
      void run('Reverting…', async () => {
        await reloadAfter(() => session.revert(runId, preview.asOf));
        return `The post as of ${preview.asOf} is reverted.`;
      });
    },
    onCancelRevert: () => {
      setRevertConfirmation(false);
      focusMore();
    },
    onExport: () => run(exportProgressWords(exporting.main.way), exporting.main.call),
    exportTitle: exporting.main.label,
    exportMenu: exportMore.map((choice) => ({ label: choice.label, onSelect: () => run(exportProgressWords(choice.way), choice.call) })),
    onDownloadEmails: () => download('emails', () => session.downloadEmails(runId), 'application/zip'),
    onDownloadLetters: () => download('letters', () => session.downloadLetters(runId), 'application/pdf'),
    loadMessage,
    onIncludeChange: (key, included) =>
      run(included ? 'Including…' : 'Excluding…', async () => {
        const next = await session.setIncluded(runId, key, included);
        set({ run: ready?.run ?? null, preview: next, deliveries: ready?.deliveries ?? null });
      }),
    onSelectItem: (key) => {
      session.selectItem(runId, key).catch(fail);
    },
    forecast: session.forecast ? forecast : null,
    session,
    runId,
    editing,
    onEdit: () => setEditing(true),
    onEditorClosed: () => setEditing(false),
    onEditSaved: (savedId) => {
      setEditing(false);
      // A new runId loads the run under it; the same one loads it again.
      if (savedId !== runId && onRunIdChanged) onRunIdChanged(savedId);
      else reload();
      setNotice(savedId.toUpperCase() === runId.toUpperCase() ? 'The run is saved.' : `The run is saved as ${savedId}.`);
    },
  };
}
