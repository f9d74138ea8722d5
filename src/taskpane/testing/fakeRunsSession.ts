import { DEFAULT_SETTINGS } from '../../engine/model/settings';
import type { ItemStatus } from '../../engine/model/planItem';
import { ITEM_STATUSES } from '../../engine/model/planItem';
import type { Action } from '../../engine/model/run';
import type { CountAndAmount, PlanStatistics } from '../../engine/plan/planStatistics';
import { isoDate } from '../../engine/dates/isoDate';
import { deriveRunId } from '../../engine/runs/deriveRunId';
import { describeSetupWarning } from '../../engine/reasons/describeSetupWarning';
import { checkRunSetup } from '../../engine/setup/checkRunSetup';
import { readRunDraft } from '../session/readRunDraft';
import type {
  BankFileDownload,
  DeliveryCounts,
  DraftCheck,
  HistoryEntry,
  ItemMessage,
  ItemView,
  MessagesDownload,
  OpenedWorkbook,
  PostSummary,
  RunDraft,
  RunPreview,
  RunSummary,
  RunsSession,
  WorkbookLayout,
} from '../session/runsSession';
import { Refusal } from '../../app/refusal';
import { newRunDraft } from '../pages/RunEditor/useRunEditor';

/** A run summary for tests, overridable field by field. */
export function makeRun(overrides: Partial<RunSummary> = {}): RunSummary {
  return {
    id: 'SPRING',
    name: 'Spring renewals',
    status: 'Draft',
    mode: 'rolling',
    actions: ['renew', 'notify', 'drop'],
    paymentFile: null,
    occurrence: '2026-03-01',
    preProcessingDate: '2026-02-25',
    due: false,
    waitsForApproval: false,
    postsAt: null,
    warnings: [],
    ...overrides,
  };
}

/** A run draft for tests: a rolling renew, notify, drop run with no setup warnings unless overridden. */
export function makeDraft(overrides: Partial<RunDraft> = {}): RunDraft {
  return {
    ...newRunDraft(),
    name: 'Spring renewals',
    actions: ['renew', 'notify', 'drop'],
    leadDays: '30',
    noticeIntervalDays: '30',
    maxNotices: '3',
    dropAfterDays: '60',
    ...overrides,
  };
}

/** An item view for tests: a ready renewal unless overridden. */
export function makeItem(overrides: Partial<ItemView> = {}): ItemView {
  return {
    key: 'renew:M1',
    action: 'renew',
    status: 'ready',
    reason: null,
    memberId: 'M1',
    membershipId: 'MS1',
    name: 'Ada Lovelace',
    email: 'ada@example.org',
    product: 'Full',
    newProduct: null,
    endDate: '2026-03-31',
    termStart: '2026-04-01',
    termEnd: '2027-03-31',
    dueDate: '2026-04-01',
    amount: 120,
    currency: 'USD',
    invoiceId: null,
    noticeNumber: null,
    noticeKind: null,
    excludable: true,
    ...overrides,
  };
}

/**
 * Statistics computed the way the engine does (count and amount per action × status, per
 * currency; `amount` null throughout once the items have more than one currency, SPEC §11).
 *
 * @example
 * statisticsOf([makeItem(), makeItem({ key: 'renew:E', currency: 'EUR' })], ['renew']).renew?.ready // → { count: 2, amount: null, amounts: { USD: 120, EUR: 120 } }
 */
export function statisticsOf(items: readonly ItemView[], actions: readonly Action[]): PlanStatistics {
  const stats: PlanStatistics = {};
  const ensure = (action: Action) =>
    (stats[action] ??= Object.fromEntries(ITEM_STATUSES.map((s) => [s, { count: 0, amount: 0, amounts: {} }])) as Record<ItemStatus, CountAndAmount>);
  actions.forEach(ensure);
  for (const item of items) addItem(ensure(item.action)[item.status], item);
  if (currenciesOf(items).size > 1) for (const row of Object.values(stats)) for (const s of ITEM_STATUSES) row[s].amount = null;
  return stats;
}

/** Counts an item into a cell: its amount to the cent, in `amount` and under its currency. */
function addItem(cell: CountAndAmount, item: ItemView): void {
  cell.count += 1;
  if (item.amount === null) return;
  cell.amount = cents((cell.amount ?? 0) + item.amount);
  if (item.currency !== null) cell.amounts[item.currency] = cents((cell.amounts[item.currency] ?? 0) + item.amount);
}

function currenciesOf(items: readonly ItemView[]): Set<string> {
  return new Set(items.flatMap((i) => (i.amount !== null && i.currency !== null ? [i.currency] : [])));
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** A preview of `items` for run `runId`. */
export function makePreview(items: ItemView[], overrides: Partial<RunPreview> = {}): RunPreview {
  return {
    runId: 'SPRING',
    asOf: '2026-03-01',
    fingerprint: 'fp1',
    items,
    inputErrors: [],
    warnings: [],
    statistics: statisticsOf(items, ['renew', 'notify', 'drop']),
    posted: false,
    ...overrides,
  };
}

export interface FakeSessionData {
  runs?: RunSummary[];
  previews?: Record<string, RunPreview | null>;
  history?: HistoryEntry[];
  exports?: Record<string, { fileName: string; content: string }[]>;
  /** The bank file `exportBankFile` makes per run ID; a run not listed is refused NOT_PAYMENT_FILE. */
  bankFiles?: Record<string, BankFileDownload>;
  /**
   * Gives the fake `exportWorkbook` (as the Office host with ExcelApi 1.8 has), answering per
   * run ID and layout with these workbooks (see {@link workbookExportsOf}) and refusing for a
   * run not listed. Absent: no `exportWorkbook`, as in the standalone web mode, so pages offer
   * the CSV download only.
   */
  workbookExports?: Record<string, Record<WorkbookLayout, OpenedWorkbook[]>>;
  /** Item messages by key; absent keys of a preview get {@link messageOf}'s message. */
  messages?: Record<string, ItemMessage | null>;
}

type MockOf<K extends keyof RunsSession> = jest.Mock<ReturnType<Required<RunsSession>[K]>, Parameters<Required<RunsSession>[K]>>;

/** Methods the fake has only when asked for (a session may lack them). */
type OptionalFakeMethods = 'exportWorkbook';

export type FakeRunsSession = { [K in Exclude<keyof RunsSession, OptionalFakeMethods>]-?: MockOf<K> } & {
  [K in OptionalFakeMethods]?: MockOf<K>;
};

/**
 * An in-memory RunsSession: every method is a jest mock with a working default, so a test can
 * assert calls or swap one method for a refusal or a promise that never settles.
 */
export function createFakeSession(data: FakeSessionData = {}): FakeRunsSession {
  // The test's own list, shared: a test may change it as the workbook would (approve does too).
  const runs = data.runs ?? [makeRun()];
  const previews: Record<string, RunPreview | null> = { ...(data.previews ?? {}) };
  let history = data.history ?? [];
  const requirePreview = (runId: string): RunPreview => {
    const preview = previews[runId];
    if (!preview) throw new Error(`fake session: no preview for ${runId}`);
    return preview;
  };
  const summaryOf = (runId: string): PostSummary => {
    const preview = requirePreview(runId);
    // As the engine's postingCounts: what posts, per action and currency; no sum across currencies.
    const counts: PostSummary['counts'] = {};
    const posting = preview.items.filter((item) => item.status === 'ready' || item.status === 'warning');
    for (const item of posting) addItem((counts[item.action] ??= { count: 0, amount: 0, amounts: {} }), item);
    if (currenciesOf(posting).size > 1) for (const cell of Object.values(counts)) cell.amount = null;
    return { runId, asOf: preview.asOf, counts };
  };
  // The real pure checks on the draft, as of a fixed day, against the fake's run IDs.
  const checkDraft = (draft: RunDraft, editingRunId: string | null): DraftCheck => {
    const { run, problems } = readRunDraft(draft);
    const taken = new Set(runs.filter((r) => r.id !== editingRunId).map((r) => r.id));
    const id = draft.id.trim() !== '' ? draft.id.trim().toUpperCase() : deriveRunId(run.name, taken);
    const drafted = {
      ...run,
      row: 2,
      id,
      idDerived: false,
      status: 'Draft' as const,
      lastAsOf: null,
      lastExecutedAt: null,
      templateSet: 'Default',
      approval: 'required' as const,
    };
    const warnings = checkRunSetup([drafted], isoDate('2026-03-01'), DEFAULT_SETTINGS).map((w) => ({ code: w.code, message: describeSetupWarning(w) }));
    return { id, warnings, problems };
  };
  // Delivered keys per run: a second download leaves them out, as the Deliveries sheet makes the real one do.
  const delivered = new Map<string, Set<string>>();
  const postedItems = (runId: string): ItemView[] => {
    const preview = previews[runId];
    if (!preview?.posted) throw new Refusal('NOT_DELIVERABLE', `Cannot deliver ${runId}: the run was not posted.`);
    return preview.items.filter((item) => item.status === 'ready' || item.status === 'warning');
  };
  const counts = (runId: string): DeliveryCounts | null => {
    const preview = previews[runId];
    if (!preview?.posted) return null;
    const done = delivered.get(runId) ?? new Set<string>();
    const items = postedItems(runId);
    const of = (list: ItemView[]) => ({ total: list.length, delivered: list.filter((i) => done.has(i.key)).length });
    return { asOf: preview.asOf, emails: of(items.filter((i) => i.email !== null)), letters: of(items.filter((i) => i.email === null)) };
  };
  const download = (runId: string, letters: boolean): MessagesDownload => {
    const items = postedItems(runId).filter((i) => (i.email === null) === letters);
    const done = delivered.get(runId) ?? new Set<string>();
    delivered.set(runId, done);
    const due = items.filter((i) => !done.has(i.key));
    due.forEach((i) => done.add(i.key));
    const asOf = previews[runId]?.asOf ?? '';
    return {
      fileName: `${runId}-${asOf}-${letters ? 'letters.pdf' : 'emails.zip'}`,
      bytes: due.length === 0 ? null : new Uint8Array([80, 75, 5, 6]),
      count: due.length,
      alreadyDelivered: items.length - due.length,
      failed: [],
    };
  };
  const workbookExports = data.workbookExports;
  const exportWorkbook = workbookExports
    ? {
        exportWorkbook: jest.fn(async (runId: string, layout: WorkbookLayout) => {
          const opened = workbookExports[runId];
          if (!opened) throw new Refusal('NOT_POSTED', `${runId} has no posted batches to export.`);
          return { workbooks: opened[layout] };
        }),
      }
    : {};
  return {
    ...exportWorkbook,
    listRuns: jest.fn(async () => [...runs]),
    currentPreview: jest.fn(async (runId: string) => previews[runId] ?? null),
    preview: jest.fn(async (runId: string, asOf?: string) => {
      const preview = previews[runId] ?? makePreview([], { runId });
      previews[runId] = { ...preview, asOf: asOf ?? preview.asOf };
      return previews[runId] as RunPreview;
    }),
    setIncluded: jest.fn(async (runId: string, key: string, included: boolean) => {
      const preview = requirePreview(runId);
      const items = preview.items.map((item) => (item.key === key ? { ...item, status: (included ? 'ready' : 'excluded') as ItemStatus } : item));
      previews[runId] = { ...preview, items };
      return previews[runId] as RunPreview;
    }),
    postSummary: jest.fn(async (runId: string) => summaryOf(runId)),
    post: jest.fn(async (runId: string) => {
      const summary = summaryOf(runId);
      previews[runId] = { ...requirePreview(runId), posted: true };
      return summary;
    }),
    approve: jest.fn(async (runId: string) => {
      const index = runs.findIndex((r) => r.id === runId);
      if (index < 0 || !runs[index].waitsForApproval) throw new Refusal('NOT_WAITING_FOR_APPROVAL', `Cannot approve ${runId}: it does not wait for approval.`);
      runs[index] = { ...runs[index], status: 'Approved', waitsForApproval: false, postsAt: null };
    }),
    cancel: jest.fn(async (runId: string) => {
      previews[runId] = null;
    }),
    clone: jest.fn(async (_runId: string, name: string) =>
      name
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '-')
        .slice(0, 20),
    ),
    history: jest.fn(async () => history),
    revert: jest.fn(async (runId: string, asOf: string) => {
      history = history.map((h) => (h.runId === runId && h.asOf === asOf ? { ...h, status: 'Reverted' as const, canRevert: false } : h));
    }),
    exportCsv: jest.fn(async (runId: string) => data.exports?.[runId] ?? []),
    exportBankFile: jest.fn(async (runId: string) => {
      const file = data.bankFiles?.[runId];
      if (!file) throw new Refusal('NOT_PAYMENT_FILE', `${runId} has no Payment File.`);
      return file;
    }),
    selectItem: jest.fn(async (_runId: string, _key: string): Promise<void> => undefined),
    itemMessage: jest.fn(async (runId: string, key: string) => {
      if (data.messages && key in data.messages) return data.messages[key] ?? null;
      const item = previews[runId]?.items.find((i) => i.key === key);
      return item ? messageOf(item) : null;
    }),
    deliveryCounts: jest.fn(async (runId: string) => counts(runId)),
    downloadEmails: jest.fn(async (runId: string) => download(runId, false)),
    downloadLetters: jest.fn(async (runId: string) => download(runId, true)),
    runDraft: jest.fn(async (runId: string) => {
      const run = runs.find((r) => r.id === runId);
      return makeDraft({ name: run?.name ?? runId, id: runId, paymentFile: run?.paymentFile ?? '' });
    }),
    checkDraft: jest.fn(async (draft: RunDraft, editingRunId: string | null) => checkDraft(draft, editingRunId)),
    saveRun: jest.fn(async (draft: RunDraft, editingRunId: string | null) => {
      const check = checkDraft(draft, editingRunId);
      if (check.problems.length > 0) throw new Refusal('INVALID_RUN', `The run cannot be saved: ${check.problems.join(' ')}`);
      return check.id;
    }),
    forecast: jest.fn(async (_runId: string) =>
      Array.from({ length: 52 }, (_, i) => ({ weekStart: `2026-W${i + 1}`, renew: i % 3, lapse: 0, notify: i % 5, drop: i % 7 === 0 ? 1 : 0, activate: 0 })),
    ),
  };
}

/**
 * What the real session would open for a post with these batch kinds, per layout: each batch as
 * `<RUN>-<kind>-<asOf>.xlsx` with one sheet, or all in `<RUN>-batches-<asOf>.xlsx`.
 *
 * @example
 * workbookExportsOf('SPRING', '2026-03-01', ['invoices', 'notices']).eachBatch[0] // → { fileName: 'SPRING-invoices-2026-03-01.xlsx', sheets: 1 }
 */
export function workbookExportsOf(runId: string, asOf: string, kinds: readonly string[]): Record<WorkbookLayout, OpenedWorkbook[]> {
  return {
    eachBatch: kinds.map((kind) => ({ fileName: `${runId}-${kind}-${asOf}.xlsx`, sheets: 1 })),
    oneWorkbook: [{ fileName: `${runId}-batches-${asOf}.xlsx`, sheets: kinds.length }],
  };
}

/**
 * The fake's message of an item: a subject naming the member and a body of several lines.
 *
 * @example
 * messageOf(makeItem()).subject // → 'Your renewal invoice, Ada Lovelace'
 */
export function messageOf(item: ItemView): ItemMessage {
  return {
    key: item.key,
    kind: 'invoice',
    to: item.email,
    subject: `Your renewal invoice, ${item.name ?? ''}`,
    body: `Dear ${item.name ?? 'member'},\n\nYour membership renews on ${item.termStart ?? ''}.\n\nThank you.`,
    attachInvoice: true,
  };
}

/** A promise that never settles: keeps a call "running" so a test can see the busy state. */
export function never<T>(): Promise<T> {
  return new Promise<T>(() => {});
}
