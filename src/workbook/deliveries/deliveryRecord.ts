import { formatIsoDate } from '../../engine/dates/isoDate';
import type { LocalDate } from '../../engine/dates/localDate';
import type { MessageKind } from '../../engine/messages/messageKind';

/** How a message left (SPEC §9 Deliveries Channel). */
export const DELIVERY_CHANNELS = ['email', 'outbox', 'letter'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/**
 * What became of a message (SPEC §9): `Sent` (the mail server accepted it), `Written` (an
 * outbox file or a letter), `Failed` (retried next time), `Unknown` (the answer was lost; re-sent
 * only with `--retry-unknown`).
 */
export const DELIVERY_STATUSES = ['Sent', 'Written', 'Failed', 'Unknown'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One message's delivery: a Deliveries row, and a line of the sidecar log while a command runs. */
export interface DeliveryRecord {
  runId: string;
  asOf: LocalDate;
  key: string;
  kind: MessageKind;
  memberId: string | null;
  invoiceId: string | null;
  /** The email address, or the member's name for a letter. */
  to: string;
  subject: string;
  messageId: string;
  channel: DeliveryChannel;
  status: DeliveryStatus;
  /** When, as an ISO 8601 instant in UTC; the sheet shows it in the Time Zone setting. */
  at: string;
  detail: string;
}

/**
 * The identity of a message across runs (SPEC §9 "Never twice"): its (Run ID, As Of, Key, Kind),
 * the run ID compared case-insensitively.
 *
 * @example
 * deliveryId({ runId: 'nightly', asOf, key: 'renew:M-1', kind: 'invoice' }) // → 'NIGHTLY|2026-11-30|renew:M-1|invoice'
 */
export function deliveryId(m: { runId: string; asOf: LocalDate; key: string; kind: MessageKind }): string {
  return `${m.runId.toUpperCase()}|${formatIsoDate(m.asOf)}|${m.key}|${m.kind}`;
}

/**
 * Whether a message with this record must not be delivered again: it was `Sent` or `Written`,
 * or its fate is `Unknown` and the user did not ask to retry those.
 *
 * @example
 * isSettled({ status: 'Failed' }, false) // → false: failed messages are retried
 * isSettled({ status: 'Unknown' }, false) // → true
 */
export function isSettled(record: Pick<DeliveryRecord, 'status'>, retryUnknown: boolean): boolean {
  return record.status === 'Sent' || record.status === 'Written' || (record.status === 'Unknown' && !retryUnknown);
}
