import type { NoticeKind } from '../model/planItem';

/** The kinds of message a posted item gets, each with its own template (SPEC §9). */
export const MESSAGE_KINDS = ['invoice', 'first', 'reminder', 'final', 'drop', 'activation', 'collection'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * Which message a posted item gets (SPEC §9): renew → `invoice`; notify → its Notice Kind;
 * drop → `drop`; activate → `activation`; collect → `collection` (the advance notice of a debit).
 * An action with no message gives `null`.
 *
 * @example
 * messageKindOf({ action: 'notify', noticeKind: 'final' }) // → 'final'
 * messageKindOf({ action: 'renew', noticeKind: null }) // → 'invoice'
 */
export function messageKindOf(item: { action: string; noticeKind: NoticeKind | null }): MessageKind | null {
  switch (item.action) {
    case 'renew':
      return 'invoice';
    case 'notify':
      return item.noticeKind;
    case 'drop':
      return 'drop';
    case 'activate':
      return 'activation';
    case 'collect':
      return 'collection';
    default:
      return null;
  }
}

/**
 * Whether a kind attaches the invoice PDF when its template does not say (SPEC §9 Attach
 * Invoice: default Yes for `invoice`, `first`, `reminder`, `final`, else No).
 *
 * @example
 * attachesInvoiceByDefault('reminder') // → true
 * attachesInvoiceByDefault('drop') // → false
 */
export function attachesInvoiceByDefault(kind: MessageKind): boolean {
  return kind === 'invoice' || kind === 'first' || kind === 'reminder' || kind === 'final';
}
