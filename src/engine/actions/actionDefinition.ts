import type { ApplyContext } from '../apply/applyContext';
import type { BatchPerson } from '../apply/batchPerson';
import type { RowAppend, RowUpdate } from '../apply/changeSet';
import type { BaseItem, PostingOf } from '../model/planItem';
import type { ReasonCode, ReasonWords } from '../model/reason';
import type { Proposals, RunContext } from '../plan/runContext';
import type { BatchColumn } from './batchColumn';
import type { ForecastContribution } from './forecastContribution';

/** What posting one item writes into the input sheets, and its row in the action's batch. */
export interface AppliedItem<R extends BatchPerson> {
  updates: RowUpdate[];
  appends: RowAppend[];
  batchRow: R;
}

/** The batch an action's posted items form: one `<Run ID> <Label>` sheet (SPEC §5). */
export interface BatchDefinition<K extends string, R extends BatchPerson> {
  /** The kind's stable name (export file names: `<RUN>-<kind>-<As Of>.csv`). */
  kind: K;
  /** The word in the sheet name: `NIGHTLY Invoices`. */
  sheetLabel: string;
  /** Position among the batches (sheets, exports): invoices, notices, drops, payments, activations. */
  order: number;
  /** The sheet's columns, as data, Member ID, Name and Email first; at most one `amount`. */
  columns: readonly BatchColumn<R>[];
}

/** How an action reads in the post summary the CLI prints. */
export interface PostSummaryPart<R extends BatchPerson> {
  /** Position in the summary (its own line first, then the counts line in this order). */
  order: number;
  /** Whether the action has a line of its own (shown only when it posted rows). */
  ownLine: boolean;
  /** The words for the rows posted: `3 notices`, `2 drops (open balance cancelled 240.00)`. */
  describe: (rows: readonly R[]) => string;
}

/**
 * Everything about one run action: how it plans, what it proposes to the actions after it, how
 * it posts, its batch sheet, its share of the forecast, the words of its own reason codes, and
 * how the UI and the summaries name it. `actionRegistry.ts` lists one per action.
 */
export interface ActionDefinition<A extends string, I extends BaseItem<A>, R extends BatchPerson, K extends string> {
  action: A;
  /** Position in the evaluation order of SPEC §3: `activate → renew → drop → notify → collect`. */
  position: number;
  /** Whether a run whose Actions cell is blank has it (SPEC §4: `renew, notify, drop`). */
  inDefaultRun: boolean;
  /** How the UI names it: the run editor's choice, the chart legend (`Renew`). */
  label: string;
  /** Its items as of `ctx.asOf`, on the state the actions before it propose. */
  plan: (ctx: RunContext, proposals: Proposals) => I[];
  /** What its posting items propose to the actions after it (new invoices, drops). */
  propose: ((items: readonly PostingOf<I>[], proposals: Proposals) => Proposals) | null;
  /** The change set and batch row of one posting item. No I/O, no clock. */
  apply: (item: PostingOf<I>, ctx: ApplyContext) => AppliedItem<R>;
  batch: BatchDefinition<K, R>;
  summary: PostSummaryPart<R>;
  /** Its share of the Statistics chart's projection; `null` when it projects nothing. */
  forecast: ForecastContribution | null;
  /** Words for the reason codes only this action gives (shared ones live in `engine/reasons`). */
  reasonWords: Partial<ReasonWords<ReasonCode>>;
}
