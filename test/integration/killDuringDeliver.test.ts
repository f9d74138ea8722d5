/**
 * Never twice (SPEC §9), with a real process killed while the mail server holds a message: the
 * messages the server had accepted are not sent again, the one whose answer was lost is
 * `Unknown` and is re-sent only with --retry-unknown. Needs the built CLI (npm run build:cli).
 */
import { utimesSync, existsSync } from 'node:fs';
import { DELIVERY_AS_OF, deliveryBook } from '../fixtures/deliveryBook';
import { readSheetCells } from '../fixtures/xlsxFixture';
import { startCli } from './cliProcess';
import { cli } from './runCliInProcess';
import { startSmtpTestServer } from './smtpTestServer';

const SETTINGS = { 'From Address': 'office@club.example', 'SMTP Host': '127.0.0.1', 'SMTP Security': 'none' };

function deliveries(path: string): Record<string, unknown>[] {
  const [header, ...rows] = readSheetCells(path, 'Deliveries').map((row) => row.map((c) => c?.v ?? null));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? null])));
}

/** A SIGKILLed command's lock goes stale after 20 s; date it back so the next command takes it over now. */
function ageLock(path: string): void {
  const lock = `${path}.lock`;
  const minuteAgo = new Date(Date.now() - 60_000);
  if (existsSync(lock)) utimesSync(lock, minuteAgo, minuteAgo);
}

// Nothing here is timed: a preview, a post and a delivery on two loaded cores can take longer
// than Jest's 5 s default, which only stops a hang.
jest.setTimeout(60_000);

describe('deliver killed while the server holds a message', () => {
  it('sends no message twice, leaves the one in flight Unknown, and re-sends it only with --retry-unknown', async () => {
    let kill = () => undefined as unknown;
    const smtp = await startSmtpTestServer({
      beforeAnswer: (_message, index) => {
        if (index !== 2) return true;
        kill();
        return false;
      },
    });
    try {
      const path = deliveryBook({ settings: { ...SETTINGS, 'SMTP Port': smtp.port } });
      expect((await cli(['preview', path, '--run', 'NIGHTLY', '--as-of', DELIVERY_AS_OF])).code).toBe(0);
      expect((await cli(['post', path, '--run', 'NIGHTLY'])).code).toBe(0);
      const { child, done } = startCli(['deliver', path, '--run', 'NIGHTLY', '--smtp']);
      kill = () => child.kill('SIGKILL');
      expect((await done).signal).toBe('SIGKILL');
      expect(smtp.received).toHaveLength(3);
      const inFlight = smtp.received[2].parsed.messageId;

      ageLock(path);
      const rerun = await cli(['deliver', path, '--run', 'NIGHTLY', '--smtp']);
      expect(rerun.code).toBe(3);
      expect(rerun.stderr).toContain('--retry-unknown');
      const ids = smtp.received.map((m) => m.parsed.messageId);
      expect(new Set(ids).size).toBe(ids.length);
      const rows = deliveries(path);
      expect(rows.filter((r) => r.Channel === 'email')).toHaveLength(ids.length);
      expect(rows.filter((r) => r.Status === 'Unknown').map((r) => `<${String(r['Message-ID'])}>`)).toEqual([inFlight]);
      expect(existsSync(`${path}.deliveries.log`)).toBe(false);

      const retry = await cli(['deliver', path, '--run', 'NIGHTLY', '--smtp', '--retry-unknown']);
      expect(retry.code).toBe(0);
      expect(smtp.received.slice(ids.length).map((m) => m.parsed.messageId)).toEqual([inFlight]);
      expect(deliveries(path).filter((r) => r.Status !== 'Sent')).toEqual([]);
    } finally {
      await smtp.close();
    }
  });
});
