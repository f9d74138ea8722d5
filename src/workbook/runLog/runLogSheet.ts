import { ACTIONS, type Action } from '../../engine/actions/actionRegistry';
import { parseDateCell } from '../cells/parseDateCell';
import { enumCellParser } from '../cells/parseEnumCell';
import { parseTextCell } from '../cells/parseTextCell';
import { parseTimestampCell } from '../cells/parseTimestampCell';
import { optionalColumn, requiredColumn, type SheetColumns, type SheetSpec } from '../schema/columnSpec';

export const RUN_LOG_SHEET = 'Run Log';

/**
 * `Posting` while a post is being applied (crash recovery looks for it), then `Posted`;
 * `Reverted` after a revert; `Rolled Back` when recovery undid an interrupted post.
 */
export const RUN_LOG_STATUSES = ['Posting', 'Posted', 'Reverted', 'Rolled Back'] as const;
export type RunLogStatus = (typeof RUN_LOG_STATUSES)[number];

/** `Renew Count`, `Renew Amount`, … — the counts and amounts per action a Run Log row records. */
export function actionCountHeader(action: Action): string {
  return `${action[0].toUpperCase()}${action.slice(1)} Count`;
}

export function actionAmountHeader(action: Action): string {
  return `${action[0].toUpperCase()}${action.slice(1)} Amount`;
}

/** The currencies a post's amounts are in (SPEC §11), `USD` or `USD, EUR`. */
export const RUN_LOG_CURRENCY_HEADER = 'Currency';

/**
 * The Run Log's columns, in the order a new Run Log sheet gets them (SPEC §5). `Posting By` (the
 * session: `pane:<uuid>` or `cli:<hostname>:<pid>`) and `Posting Since` (ISO UTC, as Executed At)
 * are written with the `Posting` row and kept when it becomes `Posted` or `Rolled Back`: they tell
 * another pane whether the post is still being written (README, The Office host). A Run Log
 * without them gets them after its last column.
 */
export const RUN_LOG_HEADERS: readonly string[] = [
  'Run ID',
  'As Of',
  'Executed At',
  'Status',
  ...ACTIONS.flatMap((a) => [actionCountHeader(a), actionAmountHeader(a)]),
  RUN_LOG_CURRENCY_HEADER,
  'Fingerprint',
  'Posting By',
  'Posting Since',
];

/** The columns the Run Log is read by. */
export const runLogSheet = {
  name: RUN_LOG_SHEET,
  required: false,
  columns: {
    runId: requiredColumn('Run ID', parseTextCell),
    asOf: requiredColumn('As Of', parseDateCell),
    executedAt: optionalColumn('Executed At', parseTimestampCell),
    status: requiredColumn('Status', enumCellParser(RUN_LOG_STATUSES)),
    fingerprint: optionalColumn('Fingerprint', parseTextCell),
    postingBy: optionalColumn('Posting By', parseTextCell),
    postingSince: optionalColumn('Posting Since', parseTimestampCell),
  },
} satisfies SheetSpec<SheetColumns>;
