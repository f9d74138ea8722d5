import { fieldKey } from '../../engine/messages/fieldKey';
import type { MessageFacts } from './messageFacts';
import type { MessageFormats } from './messageFormats';

/** One item field as merged text, given the facts and the formats. */
export type ItemField = (facts: MessageFacts, formats: MessageFormats) => string;

const text = (value: string | number | null): string => (value === null ? '' : String(value));
const currencyOf = (facts: MessageFacts): string => facts.currency ?? 'USD';

/**
 * The item's fields a template may merge (SPEC §9), by header key, checked before the Members
 * columns. Besides the SPEC's list (Invoice ID … As Of), an item's Name, Email, Member ID and
 * Membership ID are item fields too: an activation's member has no Members row yet, and the
 * values equal the row's anyway. An Invoice ID not yet assigned (a renewal before post) merges
 * as empty text.
 *
 * @example
 * ITEM_FIELDS.get('duedate')?.(facts, formats) // → 'December 1, 2026'
 */
export const ITEM_FIELDS: ReadonlyMap<string, ItemField> = new Map<string, ItemField>(
  (
    [
      ['Invoice ID', (f) => text(f.invoiceId)],
      ['Amount', (f, x) => x.amount(f.amount, currencyOf(f))],
      ['Balance', (f, x) => x.amount(f.balance ?? f.amount, currencyOf(f))],
      ['Currency', (f) => currencyOf(f)],
      ['Due Date', (f, x) => x.date(f.dueDate)],
      ['Term Start', (f, x) => x.date(f.termStart)],
      ['Term End', (f, x) => x.date(f.termEnd)],
      ['Product', (f) => text(f.product)],
      ['New Product', (f) => text(f.newProduct)],
      ['Notice Number', (f) => text(f.noticeNumber)],
      ['Notice Kind', (f) => text(f.noticeKind)],
      ['Collection Date', (f, x) => x.date(f.collectionDate)],
      ['Run Name', (f) => f.runName],
      ['As Of', (f, x) => x.date(f.asOf)],
      ['Name', (f) => text(f.name)],
      ['Email', (f) => text(f.email)],
      ['Member ID', (f) => text(f.memberId)],
      ['Membership ID', (f) => text(f.membershipId)],
    ] as [string, ItemField][]
  ).map(([name, field]) => [fieldKey(name), field]),
);
