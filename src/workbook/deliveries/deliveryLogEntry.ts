import { formatIsoDate, parseIsoDate } from '../../engine/dates/isoDate';
import { MESSAGE_KINDS } from '../../engine/messages/messageKind';
import { DELIVERY_CHANNELS, DELIVERY_STATUSES, deliveryId, type DeliveryRecord } from './deliveryRecord';

/**
 * A line of the sidecar delivery log (SPEC §9 "each accepted message is on disk before the next
 * is sent"): `sending` is written before a message goes to the server, `done` with what became
 * of it. A `sending` line with no `done` after it is the one message whose answer was lost.
 */
export type DeliveryLogEntry = { state: 'sending' | 'done'; record: DeliveryRecord };

/**
 * One log line as JSON text (no line break inside: JSON escapes them).
 *
 * @example
 * formatLogLine({ state: 'done', record }) // → '{"state":"done","record":{"runId":"NIGHTLY","asOf":"2026-11-30",…}}'
 */
export function formatLogLine(entry: DeliveryLogEntry): string {
  return JSON.stringify({ state: entry.state, record: { ...entry.record, asOf: formatIsoDate(entry.record.asOf) } });
}

/**
 * The entries of a log's text. A line that does not read back — the last one, cut short when the
 * command was killed while writing it — is left out: a `sending` line is written before the
 * message goes out, so a cut one means the message never left.
 *
 * @example
 * parseLogLines('{"state":"sending",…}\n{"state":"do') // → [{ state: 'sending', record }]
 */
export function parseLogLines(text: string): DeliveryLogEntry[] {
  const entries: DeliveryLogEntry[] = [];
  for (const line of text.split('\n')) {
    const entry = parseLine(line);
    if (entry !== null) entries.push(entry);
  }
  return entries;
}

/**
 * The delivery records a log holds, the last word on each message: a message whose last line is
 * `sending` is `Unknown` (SPEC §9 "the one message whose answer was lost is `Unknown`").
 *
 * @example
 * foldDeliveryLog([{ state: 'sending', record }]) // → [{ ...record, status: 'Unknown', detail: 'the command stopped before …' }]
 */
export function foldDeliveryLog(entries: readonly DeliveryLogEntry[]): DeliveryRecord[] {
  const last = new Map<string, DeliveryLogEntry>();
  for (const entry of entries) last.set(deliveryId(entry.record), entry);
  return [...last.values()].map(({ state, record }) =>
    state === 'done'
      ? record
      : { ...record, status: 'Unknown', detail: 'the command stopped before the server’s answer was recorded; deliver with --retry-unknown to send it again' },
  );
}

function parseLine(line: string): DeliveryLogEntry | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { state, record } = value as { state?: unknown; record?: Record<string, unknown> };
  if ((state !== 'sending' && state !== 'done') || typeof record !== 'object' || record === null) return null;
  const asOf = typeof record.asOf === 'string' ? parseIsoDate(record.asOf) : null;
  const texts = ['runId', 'key', 'to', 'subject', 'messageId', 'at', 'detail'] as const;
  if (asOf === null || texts.some((t) => typeof record[t] !== 'string')) return null;
  if (!includes(MESSAGE_KINDS, record.kind) || !includes(DELIVERY_CHANNELS, record.channel) || !includes(DELIVERY_STATUSES, record.status)) return null;
  const textOrNull = (v: unknown) => (typeof v === 'string' ? v : null);
  return { state, record: { ...(record as unknown as DeliveryRecord), asOf, memberId: textOrNull(record.memberId), invoiceId: textOrNull(record.invoiceId) } };
}

function includes<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
