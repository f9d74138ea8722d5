import { Refusal } from '../../app/refusal';
import { ITEMS_PER_MESSAGE, type WorkerItemsPart, type WorkerResponse } from './workerProtocol';

/** One message for the page and the buffers to move (not copy) with it. */
export interface OutgoingMessage {
  message: WorkerResponse | WorkerItemsPart;
  transfer: ArrayBuffer[];
}

/**
 * The messages that carry a call's value to the page: bytes are moved on a buffer of their own;
 * a value with more than ITEMS_PER_MESSAGE `items` sends them in slices first, then the value
 * without them (see WorkerItemsPart); anything else goes in one response.
 *
 * @example
 * replyMessages(7, preview); // [{ id: 7, itemsPart: [...4,000] }, …, { id: 7, ok: true, value: { ...preview, items: [] }, itemParts: 25 }]
 */
export function replyMessages(id: number, value: unknown): OutgoingMessage[] {
  if (value instanceof Uint8Array) {
    const bytes = ownBuffer(value);
    return [{ message: { id, ok: true, value: bytes }, transfer: [bytes.buffer as ArrayBuffer] }];
  }
  const items = itemsOf(value);
  if (!items || items.length <= ITEMS_PER_MESSAGE) return [{ message: { id, ok: true, value }, transfer: [] }];
  const parts: OutgoingMessage[] = [];
  for (let start = 0; start < items.length; start += ITEMS_PER_MESSAGE) {
    parts.push({ message: { id, itemsPart: items.slice(start, start + ITEMS_PER_MESSAGE) }, transfer: [] });
  }
  return [...parts, { message: { id, ok: true, value: { ...(value as object), items: [] }, itemParts: parts.length }, transfer: [] }];
}

/** The one message for a failed call: a refusal's code and words, or an unexpected error's message. */
export function failureMessage(id: number, error: unknown): OutgoingMessage {
  const message = error instanceof Error ? error.message : String(error);
  return { message: { id, ok: false, refusal: error instanceof Refusal ? error.code : false, message }, transfer: [] };
}

function itemsOf(value: unknown): unknown[] | null {
  if (typeof value !== 'object' || value === null || !('items' in value)) return null;
  return Array.isArray(value.items) ? value.items : null;
}

/** `bytes` on a buffer of its own (so moving it moves nothing else), copied only when needed. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}
