import { readSheetCells } from '../fixtures/xlsxFixture';
import { DELIVERY_AS_OF, deliveryBook } from '../fixtures/deliveryBook';
import { bookState, fileStamp, runDueAt } from './runDueBook';
import { cli } from './runCliInProcess';
import { startSmtpTestServer } from './smtpTestServer';

const FROM = { 'From Address': 'office@club.example', 'From Name': 'Riverside Club', 'Organisation Name': 'Riverside Club' };
const smtpSettings = (port: number) => ({ 'SMTP Host': '127.0.0.1', 'SMTP Port': port, 'SMTP Security': 'none' });

/** The sample book with only its NIGHTLY run (daily at 02:00, last run the day before), posting by itself. */
function nightlyBook(settings: Record<string, string | number>): string {
  return deliveryBook({
    settings: { ...FROM, ...settings },
    edit: (sheets) => {
      const [header, ...rows] = sheets.Runs;
      const nightly = rows.find((r) => r[0] === 'NIGHTLY');
      if (!nightly) throw new Error('no NIGHTLY');
      nightly[header.indexOf('Approval')] = 'auto';
      sheets.Runs = [header, nightly];
    },
  });
}

function deliveries(path: string): Record<string, unknown>[] {
  const [header, ...rows] = readSheetCells(path, 'Deliveries').map((row) => row.map((c) => c?.v ?? null));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? null])));
}

describe('renewal-runs run-due --deliver smtp', () => {
  it('delivers each post’s messages once through a real SMTP server, and nothing on a second call', async () => {
    const smtp = await startSmtpTestServer();
    try {
      const path = nightlyBook(smtpSettings(smtp.port));
      const first = await runDueAt(path, DELIVERY_AS_OF, '02:00', ['--deliver', 'smtp']);
      expect(first.stderr).toBe('');
      expect(first.steps).toEqual([
        `NIGHTLY ${DELIVERY_AS_OF} previewed`,
        `NIGHTLY ${DELIVERY_AS_OF} posted`,
        `NIGHTLY ${DELIVERY_AS_OF} delivered`,
        'NIGHTLY 2026-11-22 nothing-due',
      ]);
      expect(first.code).toBe(0);
      const rows = deliveries(path);
      const emails = rows.filter((r) => r.Channel === 'email');
      expect(emails.length).toBeGreaterThan(3);
      expect(emails.every((r) => r.Status === 'Sent' && r['As Of'] !== null && r['Run ID'] === 'NIGHTLY')).toBe(true);
      expect(smtp.received).toHaveLength(emails.length);
      expect(smtp.received.map((m) => m.envelopeTo[0]).sort()).toEqual(emails.map((r) => String(r.To)).sort());
      expect((await bookState(path)).log).toEqual([`NIGHTLY@${DELIVERY_AS_OF} Posted`]);

      const stamp = fileStamp(path);
      const again = await runDueAt(path, DELIVERY_AS_OF, '02:00', ['--deliver', 'smtp']);
      expect(again.steps).toEqual(['NIGHTLY 2026-11-22 nothing-due']);
      expect(smtp.received).toHaveLength(emails.length);
      expect(fileStamp(path)).toBe(stamp);
    } finally {
      await smtp.close();
    }
  });

  it('exits 3 when the server refuses a recipient: the post stays, the failure is recorded', async () => {
    const reject = new Set<string>();
    const smtp = await startSmtpTestServer({ rejectRecipients: reject });
    try {
      const path = nightlyBook(smtpSettings(smtp.port));
      const members = readSheetCells(path, 'Members');
      const emailColumn = members[0].findIndex((c) => c?.v === 'Email');
      for (const row of members.slice(1)) if (row[emailColumn]?.v) reject.add(String(row[emailColumn].v));
      const result = await runDueAt(path, DELIVERY_AS_OF, '02:00', ['--deliver', 'smtp']);
      expect(result.code).toBe(3);
      expect(result.steps).toContain(`NIGHTLY ${DELIVERY_AS_OF} error`);
      expect(result.stderr).toMatch(/failed: .* 550/);
      expect(smtp.received).toHaveLength(0);
      expect(deliveries(path).every((r) => r.Channel !== 'email' || r.Status === 'Failed')).toBe(true);
      expect((await bookState(path)).log).toEqual([`NIGHTLY@${DELIVERY_AS_OF} Posted`]);
    } finally {
      await smtp.close();
    }
  });

  it('refuses a workbook holding a password (exit 1): nothing posted, nothing sent', async () => {
    const smtp = await startSmtpTestServer();
    try {
      const path = nightlyBook({ ...smtpSettings(smtp.port), 'SMTP Password': 'hunter2' });
      const stamp = fileStamp(path);
      const result = await cli(['run-due', path, '--as-of', DELIVERY_AS_OF, '--at', '02:00', '--deliver', 'smtp']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/RENEWAL_RUNS_SMTP_PASSWORD/);
      expect(smtp.received).toHaveLength(0);
      expect(fileStamp(path)).toBe(stamp);
    } finally {
      await smtp.close();
    }
  });
});
