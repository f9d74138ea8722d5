import { Refusal } from '../../app/refusal';
import { failureMessage, replyMessages } from './replyMessages';
import { type MessageEndpoint, WorkerChannel } from './workerChannel';
import { ITEMS_PER_MESSAGE } from './workerProtocol';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `renew:M${i}`, amount: i }));

/** A channel whose worker answers every call with `value`, as the server would send it. */
function channelAnswering(value: unknown): WorkerChannel {
  let deliver: (event: MessageEvent) => void = () => undefined;
  const endpoint = {
    postMessage: (request: { id: number }) =>
      queueMicrotask(() => replyMessages(request.id, value).forEach(({ message }) => deliver({ data: structuredClone(message) } as MessageEvent))),
    addEventListener: (type: string, listener: (event: MessageEvent) => void) => {
      if (type === 'message') deliver = listener;
    },
  } as unknown as MessageEndpoint;
  return new WorkerChannel(endpoint);
}

describe('replyMessages', () => {
  it('sends a value in one response when it has no long item list', () => {
    const value = { runId: 'NIGHTLY', items: items(ITEMS_PER_MESSAGE) };
    expect(replyMessages(3, value)).toEqual([{ message: { id: 3, ok: true, value }, transfer: [] }]);
  });

  it('sends the items in slices ahead of the value when there are more than one message holds', () => {
    const messages = replyMessages(4, { runId: 'NIGHTLY', items: items(2 * ITEMS_PER_MESSAGE + 1) }).map((m) => m.message);
    expect(messages.map((m) => ('itemsPart' in m ? m.itemsPart.length : -1))).toEqual([ITEMS_PER_MESSAGE, ITEMS_PER_MESSAGE, 1, -1]);
    expect(messages[3]).toEqual({ id: 4, ok: true, value: { runId: 'NIGHTLY', items: [] }, itemParts: 3 });
  });

  it('moves bytes on a buffer of their own when the value is a slice of a larger buffer', () => {
    const shared = new Uint8Array([9, 80, 75, 3, 4, 9]);
    const [{ message, transfer }] = replyMessages(5, shared.subarray(1, 5));
    expect(transfer).toHaveLength(1);
    expect(transfer[0].byteLength).toBe(4);
    expect(message).toEqual({ id: 5, ok: true, value: new Uint8Array([80, 75, 3, 4]) });
  });
});

describe('failureMessage', () => {
  it.each([
    [new Refusal('NOT_PREVIEWED', 'Preview the run first.'), 'NOT_PREVIEWED'],
    [new Error('boom'), false],
  ])('marks only refusals as refusals when %p is thrown', (error, refusal) => {
    expect(failureMessage(6, error).message).toEqual({ id: 6, ok: false, refusal, message: error.message });
  });
});

describe('WorkerChannel', () => {
  it('puts the items back together in order when they arrive in slices', async () => {
    const value = { runId: 'NIGHTLY', asOf: '2026-11-21', items: items(3 * ITEMS_PER_MESSAGE + 17) };
    expect(await channelAnswering(value).call('runs', 'preview', ['NIGHTLY'])).toEqual(value);
  });
});
