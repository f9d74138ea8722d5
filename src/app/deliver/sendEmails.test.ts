import { isoDate } from '../../engine/dates/isoDate';
import type { SendOutcome } from '../../hosts/mail/mailSender';
import type { DeliveryLogEntry } from '../../workbook/deliveries/deliveryLogEntry';
import type { DeliveryRecord } from '../../workbook/deliveries/deliveryRecord';
import type { MessageFacts } from '../../workbook/messages/messageFacts';
import type { DeliverRunOptions } from './deliverRun';
import type { DeliveryTools, EmailChannel } from './deliveryTools';
import { sendEmails } from './sendEmails';

const facts = (i: number, email: string): MessageFacts =>
  ({ key: `renew:M-${i}`, kind: 'invoice', runId: 'NIGHTLY', asOf: isoDate('2026-11-30'), memberId: `M-${i}`, invoiceId: null, email }) as MessageFacts;

const options = {
  dryRun: false,
  from: { address: 'club@example.org' },
  replyTo: null,
  paper: 'A4',
  now: () => new Date('2026-11-30T08:00:00Z'),
} as unknown as DeliverRunOptions;

/** Tools whose channel records the order of its calls in `events`. */
function toolsWith(email: EmailChannel, events: string[]): DeliveryTools {
  return {
    render: (f: MessageFacts) => ({ key: f.key, kind: f.kind, to: f.email, name: null, subject: 's', body: 'b', invoice: null }),
    compose: () => Uint8Array.of(1),
    email,
    letters: null,
    log: (...entries: DeliveryLogEntry[]) => events.push(`log ${entries.map((e) => `${e.state}:${e.record.key}:${e.record.status}`).join(',')}`),
  } as unknown as DeliveryTools;
}

describe('sendEmails', () => {
  it('to the outbox: writes the files, flushes them, and only then logs them Written, a file not flushed Failed', async () => {
    const events: string[] = [];
    const email: EmailChannel = {
      channel: 'outbox',
      deliver: async ({ fileName }): Promise<SendOutcome> => {
        events.push(`write ${fileName}`);
        return { status: 'sent', detail: fileName };
      },
      flush: async () => {
        events.push('flush');
        return new Map([['NIGHTLY-2026-11-30-renew_M-2.eml', 'NIGHTLY-2026-11-30-renew_M-2.eml cannot be flushed to disk (EIO)']]);
      },
      close: async () => undefined,
    };
    const records: DeliveryRecord[] = [];
    await sendEmails([facts(1, 'a@example.org'), facts(2, 'b@example.org'), facts(3, 'not an address')], options, toolsWith(email, events), records);
    expect(events).toEqual([
      'write NIGHTLY-2026-11-30-renew_M-1.eml',
      'write NIGHTLY-2026-11-30-renew_M-2.eml',
      'flush',
      'log done:renew:M-1:Written,done:renew:M-2:Failed',
    ]);
    expect(records.map((r) => [r.key, r.status])).toEqual([
      ['renew:M-1', 'Written'],
      ['renew:M-2', 'Failed'],
      ['renew:M-3', 'Failed'],
    ]);
    expect(records[1].detail).toContain('EIO');
  });

  it('by SMTP: logs each message sending, sends it, logs it done, before the next', async () => {
    const events: string[] = [];
    const email: EmailChannel = {
      channel: 'email',
      deliver: async ({ envelope }): Promise<SendOutcome> => {
        events.push(`send ${envelope.to}`);
        return { status: 'sent', detail: '250 OK' };
      },
      close: async () => undefined,
    };
    const records: DeliveryRecord[] = [];
    await sendEmails([facts(1, 'a@example.org'), facts(2, 'b@example.org')], options, toolsWith(email, events), records);
    expect(events).toEqual([
      'log sending:renew:M-1:Sent',
      'send a@example.org',
      'log done:renew:M-1:Sent',
      'log sending:renew:M-2:Sent',
      'send b@example.org',
      'log done:renew:M-2:Sent',
    ]);
  });
});
