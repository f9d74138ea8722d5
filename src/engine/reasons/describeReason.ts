import { ACTIONS, ACTION_REGISTRY, type Action } from '../actions/actionRegistry';
import type { Reason, ReasonCode, ReasonDetails } from '../model/reason';
import { MESSAGE_REASON_WORDS } from '../messages/messageReasonWords';
import { SHARED_REASON_WORDS } from './sharedReasonWords';

/** The codes whose words some table has: the shared table's and every action's. */
type WordedCode =
  keyof typeof SHARED_REASON_WORDS | keyof typeof MESSAGE_REASON_WORDS | { [A in Action]: keyof (typeof ACTION_REGISTRY)[A]['reasonWords'] }[Action];
/** Codes without words; a new code fails to compile here until a table has words for it. */
type CodeWithoutWords = Exclude<ReasonCode, WordedCode>;
const EVERY_CODE_HAS_WORDS: [CodeWithoutWords] extends [never] ? true : CodeWithoutWords = true;

type AnyWords = (detail: Readonly<ReasonDetails[ReasonCode]>) => string;

/** Every code's words: the shared table, then each action's own table. */
const WORDS = new Map<string, AnyWords>(
  EVERY_CODE_HAS_WORDS
    ? [SHARED_REASON_WORDS, MESSAGE_REASON_WORDS, ...ACTIONS.map((a) => ACTION_REGISTRY[a].reasonWords)].flatMap(
        (table) => Object.entries(table) as [string, AnyWords][],
      )
    : [],
);

/**
 * The words staff read for a reason (SPEC §3 "skipped … shown so staff know why"): the one place
 * reason codes become text. It reads the shared words (`sharedReasonWords.ts`), the messages'
 * (`messages/messageReasonWords.ts`) and each action's
 * own table (`renewReasonWords.ts`, …), and fails to compile while a {@link ReasonCode} has no
 * words in any of them. Words are lower case, like a cell note, except where they repeat a value
 * staff see in the workbook (the `Failed to reconcile – timed out` status).
 *
 * The `detail` values each code reads are typed per code in `model/reason.ts`; all are
 * optional: without them the words are shorter, never "undefined".
 *
 * @example
 * describeReason({ code: 'RETRY_LIMIT_REACHED' }) // → 'retry limit reached'
 * describeReason({ code: 'PAYMENT_IN_PROGRESS', detail: { invoiceId: 'INV-000012' } })
 * // → 'payment in progress (invoice INV-000012)'
 * describeReason({ code: 'NOT_IN_MAPPING', detail: { product: 'Gold', fromSeason: 'Summer 2025', toSeason: 'Summer 2026' } })
 * // → 'not in mapping table: Gold from Summer 2025 to Summer 2026'
 */
export function describeReason(reason: Reason): string {
  const words = WORDS.get(reason.code);
  if (words === undefined) throw new Error(`No words for reason code ${String(reason.code)}`);
  return words(reason.detail ?? {});
}
