import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfPages } from '../../src/documents/testing/pdfPages';
import { columnOf, DELIVERY_AS_OF, deliveryBook, type DeliveryBookOptions } from '../fixtures/deliveryBook';
import type { FixtureSheets } from '../fixtures/xlsxFixture';
import { readSheetCells } from '../fixtures/xlsxFixture';
import { cli } from './runCliInProcess';
import { startSmtpTestServer } from './smtpTestServer';

const SETTINGS = {
  'From Address': 'office@club.example',
  'From Name': 'Riverside Club',
  'Organisation Name': 'Riverside Club',
  'SMTP Host': '127.0.0.1',
  'SMTP Security': 'none',
};

async function postedBook(options: DeliveryBookOptions): Promise<string> {
  const path = deliveryBook({ ...options, settings: { ...SETTINGS, ...options.settings } });
  expect((await cli(['preview', path, '--run', 'NIGHTLY', '--as-of', DELIVERY_AS_OF])).code).toBe(0);
  expect((await cli(['post', path, '--run', 'NIGHTLY'])).code).toBe(0);
  return path;
}

function deliveries(path: string): Record<string, unknown>[] {
  const [header, ...rows] = readSheetCells(path, 'Deliveries').map((row) => row.map((c) => c?.v ?? null));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? null])));
}

/** Replaces the Templates sheet: one invoice template (and the notice the run sends with it). */
function templates(subject: string, body: string) {
  return (sheets: FixtureSheets) => {
    sheets.Templates = [
      ['Template Set', 'Kind', 'Subject', 'Body', 'Attach Invoice'],
      ['Default', 'invoice', subject, body, 'Yes'],
      ['Default', 'first', subject, body, 'No'],
    ];
  };
}

function editMembers(edit: (row: FixtureSheets[string][number], index: number, sheet: FixtureSheets[string]) => void) {
  return (sheets: FixtureSheets) => sheets.Members.slice(1).forEach((row, i) => edit(row, i, sheets.Members));
}

// Nothing here is timed: a preview, a post and a delivery on two loaded cores can take longer
// than Jest's 5 s default, which only stops a hang.
jest.setTimeout(60_000);

describe('deliver: merged messages', () => {
  it.each([
    ['en-US', /^Amount \$[\d,]+\.\d\d due [A-Z][a-z]+ \d{1,2}, 2026$/],
    ['de-DE', /^Amount [\d.]+,\d\d\s\$ due \d{1,2}\. [A-Z][a-zä]+ 2026$/],
  ])('writes dates and amounts in the Locale %s', async (locale, body) => {
    const smtp = await startSmtpTestServer();
    try {
      const path = await postedBook({
        settings: { Locale: locale, 'SMTP Port': smtp.port },
        edit: templates('Invoice {{Invoice ID}}', 'Amount {{Amount}} due {{Due Date}}'),
      });
      expect((await cli(['deliver', path, '--run', 'NIGHTLY', '--smtp'])).code).toBe(0);
      // Invoices and their first notices use the template above; drops keep the built-in one.
      const merged = smtp.received.filter((m) => m.parsed.subject?.startsWith('Invoice '));
      expect(merged.length).toBeGreaterThan(2);
      for (const message of merged) expect(message.parsed.text?.trimEnd()).toMatch(body);
    } finally {
      await smtp.close();
    }
  });

  it('prints names in Greek, Cyrillic and Latin scripts as written, in subjects and in the invoice PDF', async () => {
    const names = ['Αλέξανδρος Παπαδόπουλος', 'Анна Кузнецова', 'Zoë Ørsted-Łukasiewicz'];
    const smtp = await startSmtpTestServer();
    try {
      const path = await postedBook({
        settings: { 'SMTP Port': smtp.port },
        edit: (sheets) => {
          templates('Renewal for {{Name}}', 'Dear {{Name}}')(sheets);
          editMembers((row, i, sheet) => (row[columnOf(sheet, 'Name')] = names[i % names.length]))(sheets);
        },
      });
      expect((await cli(['deliver', path, '--run', 'NIGHTLY', '--smtp'])).code).toBe(0);
      const invoices = smtp.received.filter((m) => m.parsed.attachments.length === 1);
      expect(invoices.length).toBeGreaterThan(2);
      for (const message of invoices) {
        const name = names.find((n) => message.parsed.subject === `Renewal for ${n}`);
        expect(name).toBeDefined();
        expect(pdfPages(message.parsed.attachments[0].content)[0].lines).toContain(name);
      }
    } finally {
      await smtp.close();
    }
  });

  it('adds no header from a name holding CR/LF: the message goes to the member alone', async () => {
    const smtp = await startSmtpTestServer();
    try {
      const path = await postedBook({
        settings: { 'SMTP Port': smtp.port },
        edit: editMembers((row, _i, sheet) => (row[columnOf(sheet, 'Name')] = `${String(row[columnOf(sheet, 'Name')])}\r\nBcc: evil@example.org`)),
      });
      expect((await cli(['deliver', path, '--run', 'NIGHTLY', '--smtp'])).code).toBe(0);
      expect(smtp.received.length).toBeGreaterThan(2);
      for (const message of smtp.received) {
        expect(message.envelopeTo).toHaveLength(1);
        expect(message.envelopeTo[0]).not.toBe('evil@example.org');
        expect(message.parsed.headers.has('bcc')).toBe(false);
        const headers = message.raw.toString('latin1').split('\r\n\r\n')[0];
        expect(headers).not.toMatch(/^Bcc:/im);
      }
    } finally {
      await smtp.close();
    }
  });
});

describe('deliver --letters', () => {
  it('prints the messages of members without an email address as one PDF, a letter a page in Member ID order, each invoice after its letter', async () => {
    const path = await postedBook({
      edit: editMembers((row, i, sheet) => (row[columnOf(sheet, 'Email')] = i % 2 === 0 ? null : row[columnOf(sheet, 'Email')])),
    });
    const dir = join(path, '..');
    const waiting = await cli(['deliver', path, '--run', 'NIGHTLY', '--outbox', join(dir, 'outbox')]);
    expect(waiting.code).toBe(0);
    const letterCount = Number(/(\d+) for members without an email address wait for a --letters run/.exec(waiting.stdout)?.[1]);
    expect(letterCount).toBeGreaterThan(1);
    const result = await cli(['deliver', path, '--run', 'NIGHTLY', '--outbox', join(dir, 'outbox'), '--letters', join(dir, 'letters.pdf')]);
    expect(result.code).toBe(0);
    const letters = deliveries(path).filter((r) => r.Channel === 'letter');
    expect(letters).toHaveLength(letterCount);
    expect(letters.every((r) => r.Status === 'Written')).toBe(true);
    const pages = pdfPages(readFileSync(join(dir, 'letters.pdf')));
    const ordered = [...letters].sort((a, b) => String(a['Member ID']).localeCompare(String(b['Member ID']), 'en', { numeric: true }));
    let at = -1;
    for (const letter of ordered) {
      const page = pages.findIndex((p, i) => i > at && p.lines[0] === letter.To && p.lines.includes(String(letter.Subject)));
      expect(page).toBeGreaterThan(at);
      if (letter.Kind === 'invoice') expect(pages[page + 1].lines).toContain(`Invoice ID ${String(letter['Invoice ID'])}`);
      at = page;
    }
    // Printed once: a later run has nothing left to print.
    const again = await cli(['deliver', path, '--run', 'NIGHTLY', '--outbox', join(dir, 'outbox'), '--letters', join(dir, 'letters2.pdf')]);
    expect(again.stdout).toContain('already delivered');
    expect(deliveries(path).filter((r) => r.Channel === 'letter')).toHaveLength(letterCount);
  });
});
