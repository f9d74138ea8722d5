import { strFromU8, unzipSync } from 'fflate';
import { pdfPages } from '../../documents/testing/pdfPages';
import { loadDocumentFonts } from '../../hosts/file/documentFonts';
import { PackageWorkbookHost } from '../../hosts/file/packageWorkbookHost';
import { Refusal } from '../../app/refusal';
import { SAMPLE_DATE } from '../../app/testing/sampleHost';
import type { OutputCell } from '../../workbook/outputGrid';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import { findSheet } from '../../workbook/schema/findSheet';
import { HostRunsSession } from './hostRunsSession';

const NOW = () => new Date('2026-11-21T18:00:00Z');
const FROM: [string, OutputCell][] = [
  ['From Address', 'office@club.example'],
  ['From Name', 'Riverside Club'],
];

/** The sample organisation with a sender (unless `from` is empty) and every fifth member without an email address. */
function messagesSession(from = FROM) {
  const host = PackageWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf: SAMPLE_DATE, memberships: 60, seed: 3, withInputErrors: false })) {
    // The sample's own sender is replaced by `from` (none when it is empty).
    if (sheet.name === 'Settings')
      sheet.rows = [...sheet.rows.filter((row) => row[0] !== 'From Address' && row[0] !== 'From Name'), ...from.map(([name, value]) => [name, value])];
    if (sheet.name === 'Members') {
      const email = sheet.rows[0].indexOf('Email');
      sheet.rows.forEach((row, r) => r > 0 && r % 5 === 0 && (row[email] = null));
    }
    host.replaceSheetSync(sheet);
  }
  return { host, session: new HostRunsSession(host, NOW, { documentFonts: loadDocumentFonts }) };
}

/** The Deliveries sheet's rows as objects by header. */
function deliveries(host: PackageWorkbookHost): Record<string, unknown>[] {
  const sheet = findSheet(host.readWorkbookSync(), 'Deliveries');
  if (!sheet) return [];
  const [header, ...rows] = sheet.cells;
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? null])));
}

async function posted(from = FROM) {
  const opened = messagesSession(from);
  await opened.session.preview('NIGHTLY', '2026-11-21');
  await opened.session.post('NIGHTLY');
  return opened;
}

jest.setTimeout(60_000);

describe('HostRunsSession.itemMessage', () => {
  it("renders an item's message from the run's template, line breaks kept", async () => {
    const { session } = messagesSession();
    const preview = await session.preview('NIGHTLY', '2026-11-21');
    const renewal = preview.items.find((i) => i.action === 'renew' && i.status === 'ready' && i.email !== null);
    if (!renewal) throw new Error('the sample has renewals');
    const message = await session.itemMessage('NIGHTLY', renewal.key);
    expect(message).toMatchObject({ key: renewal.key, kind: 'invoice', to: renewal.email });
    expect(message?.subject).not.toBe('');
    expect(message?.body).toContain('\n');
    expect(message?.body).toContain(renewal.name ?? '');
  });

  it('is null for a key the preview does not hold, and after post attaches the invoice post gave the renewal', async () => {
    const { session } = messagesSession();
    const preview = await session.preview('NIGHTLY', '2026-11-21');
    const renewal = preview.items.find((i) => i.action === 'renew' && i.status === 'ready');
    if (!renewal) throw new Error('the sample has renewals');
    expect(await session.itemMessage('NIGHTLY', 'renew:NOBODY')).toBeNull();
    // Before post a renewal has no Invoice ID yet: the message says it comes with the post.
    const before = await session.itemMessage('NIGHTLY', renewal.key);
    expect(`${before?.subject} ${before?.body}`).toContain('INV-(number given at post)');
    await session.post('NIGHTLY');
    const after = await session.itemMessage('NIGHTLY', renewal.key);
    expect(after).toMatchObject({ kind: 'invoice', attachInvoice: true });
    expect(`${after?.subject} ${after?.body}`).toMatch(/INV-\d{6}/);
    expect(`${after?.subject} ${after?.body}`).not.toContain('number given at post');
  });
});

describe('HostRunsSession.downloadEmails', () => {
  it('zips one RFC 5322 .eml per email, records them Written, and a second download holds none of them', async () => {
    const { host, session } = await posted();
    const before = await session.deliveryCounts('NIGHTLY');
    expect(before?.emails.delivered).toBe(0);
    const first = await session.downloadEmails('NIGHTLY');
    expect(first.fileName).toBe('NIGHTLY-2026-11-21-emails.zip');
    expect(first).toMatchObject({ count: before?.emails.total, alreadyDelivered: 0, failed: [] });
    const files = unzipSync(first.bytes as Uint8Array);
    const names = Object.keys(files);
    expect(names).toHaveLength(first.count);
    for (const name of names) {
      expect(name).toMatch(/^NIGHTLY-2026-11-21-[a-z]+_.+\.eml$/);
      const text = strFromU8(files[name]);
      const head = text.slice(0, text.indexOf('\r\n\r\n'));
      expect(head).toMatch(/^Subject: .+$/m);
      expect(head).toMatch(/^To: .*<?[^\s@]+@[^\s@]+>?$/m);
      expect(head).toMatch(/^From: "?Riverside Club"? <office@club\.example>$/m);
      expect(head).toMatch(/^Message-ID: <.+>$/m);
    }
    const rows = deliveries(host);
    expect(rows).toHaveLength(first.count);
    expect(rows.every((r) => r.Status === 'Written' && r.Channel === 'outbox')).toBe(true);
    expect((await session.deliveryCounts('NIGHTLY'))?.emails.delivered).toBe(first.count);

    const second = await session.downloadEmails('NIGHTLY');
    expect(second).toMatchObject({ count: 0, bytes: null, alreadyDelivered: first.count });
    expect(deliveries(host)).toEqual(rows);
  });

  it('refuses without a From Address, and before a post, writing nothing', async () => {
    const { host, session } = await posted([]);
    await expect(session.downloadEmails('NIGHTLY')).rejects.toMatchObject({ code: 'DELIVERY_SETUP' });
    expect(deliveries(host)).toEqual([]);
    const fresh = messagesSession().session;
    await expect(fresh.downloadEmails('NIGHTLY')).rejects.toBeInstanceOf(Refusal);
    expect(await fresh.deliveryCounts('NIGHTLY')).toBeNull();
  });
});

describe('HostRunsSession.downloadLetters', () => {
  it('prints the letters of members without email as one PDF, records only them, and leaves the emails to their download', async () => {
    const { host, session } = await posted();
    const counts = await session.deliveryCounts('NIGHTLY');
    expect(counts?.letters.total).toBeGreaterThan(0);
    const letters = await session.downloadLetters('NIGHTLY');
    expect(letters).toMatchObject({ fileName: 'NIGHTLY-2026-11-21-letters.pdf', count: counts?.letters.total, alreadyDelivered: 0 });
    const pages = pdfPages(letters.bytes as Uint8Array);
    expect(pages.length).toBeGreaterThanOrEqual(letters.count);
    const rows = deliveries(host);
    expect(rows).toHaveLength(letters.count);
    expect(rows.every((r) => r.Status === 'Written' && r.Channel === 'letter')).toBe(true);

    expect(await session.downloadLetters('NIGHTLY')).toMatchObject({ count: 0, bytes: null, alreadyDelivered: letters.count });
    const emails = await session.downloadEmails('NIGHTLY');
    expect(emails.count).toBe(counts?.emails.total);
    expect(deliveries(host)).toHaveLength(letters.count + emails.count);
  });
});
