import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isoDate } from '../../engine/dates/isoDate';
import { foldDeliveryLog } from '../../workbook/deliveries/deliveryLogEntry';
import type { DeliveryRecord } from '../../workbook/deliveries/deliveryRecord';
import { DeliveryLogWriter, deliveryLogPath, readDeliveryLog, removeDeliveryLog } from './deliveryLogFile';

const record = (key: string, status: DeliveryRecord['status']): DeliveryRecord => ({
  runId: 'NIGHTLY',
  asOf: isoDate('2026-11-30'),
  key,
  kind: 'invoice',
  memberId: 'M-1',
  invoiceId: null,
  to: 'ana@example.org',
  subject: 'Zoë — renewal\r\nBcc: x',
  messageId: 'm@example.org',
  channel: 'email',
  status,
  at: '2026-11-30T16:02:09Z',
  detail: '',
});

describe('DeliveryLogWriter', () => {
  const book = () => join(mkdtempSync(join(tmpdir(), 'deliverylog-')), 'members.xlsx');

  it('reads back what it appended, one entry a line', () => {
    const path = book();
    const log = new DeliveryLogWriter(path);
    log.append({ state: 'sending', record: record('renew:M-1', 'Sent') });
    log.append({ state: 'done', record: record('renew:M-1', 'Sent') });
    log.close();
    expect(readDeliveryLog(path)).toEqual([
      { state: 'sending', record: record('renew:M-1', 'Sent') },
      { state: 'done', record: record('renew:M-1', 'Sent') },
    ]);
  });

  it('appends several entries at once, in order', () => {
    const path = book();
    const log = new DeliveryLogWriter(path);
    log.append({ state: 'done', record: record('renew:M-1', 'Written') }, { state: 'done', record: record('renew:M-2', 'Failed') });
    log.append();
    log.close();
    expect(readDeliveryLog(path)).toEqual([
      { state: 'done', record: record('renew:M-1', 'Written') },
      { state: 'done', record: record('renew:M-2', 'Failed') },
    ]);
  });

  it('folds a message whose answer was never recorded into Unknown, and leaves out a line cut short', () => {
    const path = book();
    const log = new DeliveryLogWriter(path);
    log.append({ state: 'done', record: record('renew:M-1', 'Sent') });
    log.append({ state: 'sending', record: record('renew:M-2', 'Sent') });
    log.close();
    appendFileSync(deliveryLogPath(path), '{"state":"sending","record":{"runId":"NIGH');
    const folded = foldDeliveryLog(readDeliveryLog(path));
    expect(folded.map((r) => [r.key, r.status])).toEqual([
      ['renew:M-1', 'Sent'],
      ['renew:M-2', 'Unknown'],
    ]);
    // A later writer starts on a line of its own after the cut one.
    new DeliveryLogWriter(path).append({ state: 'done', record: record('renew:M-2', 'Failed') });
    expect(foldDeliveryLog(readDeliveryLog(path)).map((r) => r.status)).toEqual(['Sent', 'Failed']);
  });

  it('has no entries when there is no log, and removing a missing log is fine', () => {
    const path = book();
    expect(readDeliveryLog(path)).toEqual([]);
    new DeliveryLogWriter(path).append({ state: 'done', record: record('renew:M-1', 'Sent') });
    expect(readFileSync(deliveryLogPath(path), 'utf8')).toContain('"renew:M-1"');
    removeDeliveryLog(path);
    expect(existsSync(deliveryLogPath(path))).toBe(false);
    expect(() => removeDeliveryLog(path)).not.toThrow();
  });
});
