import { closeSync, fsyncSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type DeliveryLogEntry, formatLogLine, parseLogLines } from '../../workbook/deliveries/deliveryLogEntry';

/**
 * The sidecar delivery log of a book (SPEC §9 "Never twice"): `<book>.deliveries.log` beside it,
 * JSON lines appended and flushed to disk one by one while `deliver` works, folded into the
 * Deliveries sheet when the book is saved, then removed. A command killed mid-way leaves it for
 * the next `deliver` to fold.
 *
 * @example
 * deliveryLogPath('/data/members.xlsx') // → '/data/members.xlsx.deliveries.log'
 */
export function deliveryLogPath(bookPath: string): string {
  return join(dirname(bookPath), `${basename(bookPath)}.deliveries.log`);
}

/**
 * The entries a book's log holds (none when there is no log).
 *
 * @example
 * readDeliveryLog('/data/members.xlsx') // → [{ state: 'done', record: { key: 'renew:M-1', status: 'Sent', … } }]
 */
export function readDeliveryLog(bookPath: string): DeliveryLogEntry[] {
  let text: string;
  try {
    text = readFileSync(deliveryLogPath(bookPath), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return parseLogLines(text);
}

/** Removes a book's log once the book holds what it said; no log is fine. */
export function removeDeliveryLog(bookPath: string): void {
  try {
    unlinkSync(deliveryLogPath(bookPath));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** Appends entries to a book's log, all on disk (one fsync) before `append` returns. */
export class DeliveryLogWriter {
  private fd: number | null = null;

  constructor(private readonly bookPath: string) {}

  append(...entries: DeliveryLogEntry[]): void {
    if (entries.length === 0) return;
    if (this.fd === null) this.fd = openSync(deliveryLogPath(this.bookPath), 'a');
    // A line a killed writer cut short ends without '\n': start on a fresh line after it.
    writeSync(this.fd, `\n${entries.map(formatLogLine).join('\n')}\n`);
    fsyncSync(this.fd);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
