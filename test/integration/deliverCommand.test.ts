import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { DELIVERY_AS_OF, deliveryBook, type DeliveryBookOptions } from '../fixtures/deliveryBook';
import { readSheetCells } from '../fixtures/xlsxFixture';
import { pdfPages } from '../../src/documents/testing/pdfPages';
import { cli } from './runCliInProcess';
import { startSmtpTestServer } from './smtpTestServer';

const FROM = { 'From Address': 'office@club.example', 'From Name': 'Riverside Club', 'Organisation Name': 'Riverside Club' };

/** A book with NIGHTLY previewed and posted as of the sample date. */
async function postedBook(options: DeliveryBookOptions = {}): Promise<string> {
  const path = deliveryBook({ ...options, settings: { ...FROM, ...options.settings } });
  expect((await cli(['preview', path, '--run', 'NIGHTLY', '--as-of', DELIVERY_AS_OF])).code).toBe(0);
  const post = await cli(['post', path, '--run', 'NIGHTLY']);
  expect(post.stderr).toBe('');
  return path;
}

/** The Deliveries sheet's rows as objects by header. */
function deliveries(path: string): Record<string, unknown>[] {
  const [header, ...rows] = readSheetCells(path, 'Deliveries').map((row) => row.map((c) => c?.v ?? null));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? null])));
}

const smtpSettings = (port: number) => ({ 'SMTP Host': '127.0.0.1', 'SMTP Port': port, 'SMTP Security': 'none' });

// Nothing here is timed: a preview, a post and a delivery on two loaded cores can take longer
// than Jest's 5 s default, which only stops a hang.
jest.setTimeout(60_000);

describe('renewal-runs deliver --smtp', () => {
  it('sends each message once to its member, records it Sent, and sends nothing on a re-run', async () => {
    const smtp = await startSmtpTestServer();
    try {
      const path = await postedBook({ settings: smtpSettings(smtp.port) });
      const first = await cli(['deliver', path, '--run', 'NIGHTLY', '--smtp']);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      const rows = deliveries(path);
      expect(rows.length).toBeGreaterThan(3);
      expect(smtp.received).toHaveLength(rows.filter((r) => r.Channel === 'email').length);
      for (const message of smtp.received) {
        const row = rows.find((r) => r['Message-ID'] === message.parsed.messageId?.replace(/^<|>$/g, ''));
        expect(row).toMatchObject({ Status: 'Sent', Channel: 'email', To: message.envelopeTo[0], Subject: message.parsed.subject });
        expect(String(row?.Detail)).toMatch(/Ok: queued as Q\d+/);
        expect(message.parsed.from?.value[0]).toEqual({ address: 'office@club.example', name: 'Riverside Club' });
      }
      const again = await cli(['deliver', path, '--run', 'NIGHTLY', '--smtp']);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain(`${rows.length} already delivered`);
      expect(smtp.received).toHaveLength(rows.filter((r) => r.Channel === 'email').length);
      expect(deliveries(path)).toEqual(rows);
    } finally {
      await smtp.close();
    }
  });

  it('exits 3 when the server refuses a recipient, records it Failed, and retries only it next time', async () => {
    const reject = new Set<string>();
    const smtp = await startSmtpTestServer({ rejectRecipients: reject });
    try {
      const path = await postedBook({ settings: smtpSettings(smtp.port) });
      const target = String(readSheetCells(path, 'NIGHTLY Invoices').find((row, i) => i > 0 && row[2]?.v)?.[2].v);
      reject.add(target);
      const first = await cli(['deliver', path, '--run', 'NIGHTLY', '--smtp']);
      expect(first.code).toBe(3);
      expect(first.stderr).toMatch(new RegExp(`failed: renew:\\S+ \\(invoice\\) to ${target.replace(/[.]/g, '\\.')}: .*550`));
      const rows = deliveries(path);
      const failed = rows.filter((r) => r.Status === 'Failed');
      // The member's renewal invoice and the first notice the run proposed on it.
      expect(failed.map((r) => [r.To, r.Kind])).toEqual([
        [target, 'invoice'],
        [target, 'first'],
      ]);
      expect(failed.every((r) => String(r.Detail).startsWith('550'))).toBe(true);
      expect(smtp.received.map((m) => m.envelopeTo[0])).not.toContain(target);
      const sentBefore = smtp.received.length;
      reject.clear();
      const second = await cli(['deliver', path, '--run', 'NIGHTLY', '--smtp']);
      expect(second.code).toBe(0);
      expect(smtp.received.slice(sentBefore).map((m) => m.envelopeTo[0])).toEqual([target, target]);
      const after = deliveries(path);
      expect(after).toHaveLength(rows.length);
      for (const row of failed) expect(after.find((r) => r.Key === row.Key)).toMatchObject({ Status: 'Sent', Detail: expect.stringMatching(/^250 /) });
    } finally {
      await smtp.close();
    }
  });

  it('renders and reports with --dry-run, and sends, writes and logs nothing', async () => {
    const smtp = await startSmtpTestServer();
    try {
      const path = await postedBook({ settings: smtpSettings(smtp.port) });
      const before = readFileSync(path);
      const dry = await cli(['deliver', path, '--run', 'NIGHTLY', '--smtp', '--dry-run']);
      expect(dry.code).toBe(0);
      expect(dry.stdout).toContain('Dry run: nothing sent or written');
      expect(smtp.received).toHaveLength(0);
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(existsSync(`${path}.deliveries.log`)).toBe(false);
    } finally {
      await smtp.close();
    }
  });
});

describe('renewal-runs deliver --outbox', () => {
  it('writes one .eml per emailed message, named by run, date and key, each parsing back with its invoice attached', async () => {
    const path = await postedBook();
    const outbox = mkdtempSync(join(tmpdir(), 'rr-outbox-'));
    const result = await cli(['deliver', path, '--run', 'NIGHTLY', '--outbox', outbox]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = deliveries(path).filter((r) => r.Channel === 'outbox');
    const files = readdirSync(outbox).sort();
    expect(files).toEqual(rows.map((r) => `NIGHTLY-${DELIVERY_AS_OF}-${String(r.Key).replace(/:/g, '_')}.eml`).sort());
    for (const row of rows) {
      expect(row.Status).toBe('Written');
      const mail = await simpleParser(readFileSync(join(outbox, `NIGHTLY-${DELIVERY_AS_OF}-${String(row.Key).replace(/:/g, '_')}.eml`)));
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : null).toBe(row.To);
      expect(mail.subject).toBe(row.Subject);
      if (row.Kind === 'invoice') {
        expect(mail.attachments.map((a) => a.filename)).toEqual([`${row['Invoice ID']}.pdf`]);
        const pages = pdfPages(mail.attachments[0].content);
        expect(pages.flatMap((p) => p.lines)).toContain(`Invoice ID ${String(row['Invoice ID'])}`);
      }
    }
  });
});

describe('renewal-runs deliver refusals', () => {
  it('refuses a password in the workbook, sending nothing', async () => {
    const smtp = await startSmtpTestServer();
    try {
      const path = await postedBook({ settings: { ...smtpSettings(smtp.port), 'SMTP Password': 'hunter2' } });
      const result = await cli(['deliver', path, '--run', 'NIGHTLY', '--smtp']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('RENEWAL_RUNS_SMTP_PASSWORD');
      expect(result.stderr).not.toContain('hunter2');
      expect(smtp.received).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });

  it('refuses a run not posted on that date', async () => {
    const path = await postedBook();
    const result = await cli(['deliver', path, '--run', 'NIGHTLY', '--as-of', '2026-11-22', '--outbox', mkdtempSync(join(tmpdir(), 'rr-outbox-'))]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not posted as of 2026-11-22');
  });

  it('is a usage error without exactly one of --outbox and --smtp', async () => {
    const path = await postedBook();
    expect((await cli(['deliver', path, '--run', 'NIGHTLY'])).code).toBe(2);
    expect((await cli(['deliver', path, '--run', 'NIGHTLY', '--smtp', '--outbox', 'x'])).code).toBe(2);
  });
});
