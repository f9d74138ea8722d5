import { simpleParser, type ParsedMail } from 'mailparser';
import type { OutgoingMessage } from '../outgoingMessage';
import { composeMessage } from './composeMessage';

function message(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    from: { name: 'Riverside Club', address: 'club@example.org' },
    to: { name: 'Ana Smith', address: 'ana@example.org' },
    subject: 'Your renewal invoice',
    text: 'Dear Ana,\n\nPlease find your invoice attached.\n',
    messageId: 'NIGHTLY.2026-11-30.renew_M-1.3f2a9c1b@example.org',
    date: new Date(Date.UTC(2026, 10, 30, 9, 5, 7)),
    attachments: [],
    ...overrides,
  };
}

/** Some bytes of every value, like a PDF's binary stream. */
function pdfLike(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 131 + (i >> 8)) & 0xff;
  return bytes;
}

const invoice = { filename: 'INV-000042.pdf', contentType: 'application/pdf', content: pdfLike(20_000) };
const parse = (m: OutgoingMessage): Promise<ParsedMail> => simpleParser(Buffer.from(composeMessage(m)));
const lines = (m: OutgoingMessage): string[] => Buffer.from(composeMessage(m)).toString('latin1').split('\r\n');

describe('composeMessage', () => {
  it('writes the headers a reader gets back', async () => {
    const parsed = await parse(message({ replyTo: 'office@example.org' }));
    expect(parsed.from?.value).toEqual([{ name: 'Riverside Club', address: 'club@example.org' }]);
    expect(parsed.to).toMatchObject({ value: [{ name: 'Ana Smith', address: 'ana@example.org' }] });
    expect(parsed.replyTo?.value).toEqual([{ name: '', address: 'office@example.org' }]);
    expect(parsed.subject).toBe('Your renewal invoice');
    expect(parsed.messageId).toBe('<NIGHTLY.2026-11-30.renew_M-1.3f2a9c1b@example.org>');
    expect(parsed.date?.toISOString()).toBe('2026-11-30T09:05:07.000Z');
    expect(lines(message())).toContain('Date: Mon, 30 Nov 2026 09:05:07 +0000');
  });

  it.each([
    ['Greek', 'Ανανέωση συνδρομής — Ελένη Παππά'],
    ['Cyrillic', 'Продление членства: счёт № 42'],
    ['emoji', 'Welcome aboard 🎉🚣‍♀️ see you on the river'],
    ['long Greek', 'Υπενθύμιση: '.repeat(30)],
    ['long ASCII', 'Renewal reminder '.repeat(20).trim()],
    ['a word longer than a line', 'x'.repeat(200)],
    ['spaces kept', '  two  spaces  '],
    ['text that looks encoded', '=?UTF-8?B?SGk=?='],
    ['empty', ''],
  ])('encodes a %s subject that decodes exactly', async (_, subject) => {
    expect((await parse(message({ subject }))).subject ?? '').toBe(subject);
  });

  it('encodes and quotes display names', async () => {
    const parsed = await parse(
      message({ from: { name: 'Smith, Ana "Jr." \\ Co.', address: 'club@example.org' }, to: { name: 'Алексей Смирнов 🙂', address: 'a@example.org' } }),
    );
    expect(parsed.from?.value[0].name).toBe('Smith, Ana "Jr." \\ Co.');
    expect(parsed.to).toMatchObject({ value: [{ name: 'Алексей Смирнов 🙂', address: 'a@example.org' }] });
  });

  const texts: [string, string][] = [
    ['line breaks', 'Dear Ana,\n\nline two\n\n\nafter blank lines'],
    ['a trailing line break', 'ends with a break\n'],
    ['long lines', `${'word '.repeat(60)}\n${'y'.repeat(300)}\n${'Ελληνικά '.repeat(40)}`],
    ['dots and From', '.\n.leading dot\n..two\nFrom the club\nFrom\nfrom lower'],
    ['trailing spaces and tabs', 'space at end \ntab at end\t\n  \n\t'],
    ['equals signs and non-ASCII', 'a=b =3D €30,00 — ☃ 𝄞 Привет'],
    ['nothing', ''],
  ];
  it.each(texts)('keeps a text with %s exactly', async (_, text) => {
    expect((await parse(message({ text }))).text ?? '').toBe(text);
    expect((await parse(message({ text, attachments: [invoice] }))).text ?? '').toBe(text);
  });

  it('reads CRLF and CR line breaks as line breaks', async () => {
    expect((await parse(message({ text: 'a\r\nb\rc' }))).text).toBe('a\nb\nc');
  });

  it('attaches files as base64 in lines of 76', async () => {
    const greek = { filename: 'Τιμολόγιο αριθμός 42 για την Ελένη Παππά, Ιανουάριος 2027.pdf', contentType: 'application/pdf', content: pdfLike(300) };
    const m = message({ attachments: [invoice, greek] });
    const parsed = await parse(m);
    expect(
      parsed.attachments.map((a) => [a.filename, a.contentType, a.content.equals(Buffer.from(m.attachments[parsed.attachments.indexOf(a)].content))]),
    ).toEqual([
      ['INV-000042.pdf', 'application/pdf', true],
      [greek.filename, 'application/pdf', true],
    ]);
    expect(Math.max(...lines(m).map((line) => line.length))).toBeLessThanOrEqual(76);
    expect(lines(m)).toContain('Content-Type: multipart/mixed; boundary="=_rr_a2990f83_b3f3c687"');
  });

  it('lets no header value add a header', async () => {
    const evil = 'Hi\r\nBcc: evil@x\nX-Evil: 1\r';
    const m = message({
      subject: evil,
      from: { name: evil, address: 'club@example.org' },
      to: { name: evil, address: 'ana@example.org' },
      attachments: [{ ...invoice, filename: evil }],
    });
    const parsed = await parse(m);
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(parsed.headers.has('x-evil')).toBe(false);
    expect(parsed.bcc).toBeUndefined();
    expect(lines(m).filter((line) => /^(bcc|x-evil):/i.test(line))).toEqual([]);
    expect(parsed.subject).toBe('Hi  Bcc: evil@x X-Evil: 1 ');
  });

  it.each([['ana@example.org\r\nBcc: evil@x'], ['Ana <ana@example.org>'], ['a@b, c@d'], ['not an address']])('refuses the address %p', (address) => {
    expect(() => composeMessage(message({ to: { address } }))).toThrow('Not a plain email address');
    expect(() => composeMessage(message({ replyTo: address }))).toThrow('Not a plain email address');
  });

  it('refuses a malformed Message-ID', () => {
    expect(() => composeMessage(message({ messageId: 'a b@example.org' }))).toThrow('Not a valid Message-ID');
  });

  it('writes 7-bit lines folded under 78 characters', () => {
    const m = message({
      subject: 'Ανανέωση συνδρομής 2027 — '.repeat(8),
      from: { name: 'The Riverside Rowing and Sculling Club of Greater Thessaloniki', address: 'club@example.org' },
      to: { name: 'Κωνσταντίνα-Αικατερίνη Παπαδοπούλου-Χατζηγεωργίου', address: 'kpap@example.org' },
      text: 'Ω'.repeat(2000),
      attachments: [{ ...invoice, filename: 'Τιμολόγιο '.repeat(12) + '.pdf' }],
    });
    expect(composeMessage(m).every((byte) => byte < 0x80)).toBe(true);
    expect(lines(m).filter((line) => line.length > 78)).toEqual([]);
  });

  it('gives the same bytes for the same message and leaves the message as it was', () => {
    const m = message({ attachments: [invoice] });
    const copy = structuredClone(m);
    expect(composeMessage(m)).toEqual(composeMessage(m));
    expect(m).toEqual(copy);
  });
});
