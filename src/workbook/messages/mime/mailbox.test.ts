import { isPlainAddress, mailboxWords } from './mailbox';

describe('isPlainAddress', () => {
  it.each(['ana@example.org', 'ana.smith+club@mail.example.co.uk', "o'brien@example.ie", 'x@localhost'])('accepts %p', (address) => {
    expect(isPlainAddress(address)).toBe(true);
  });

  it.each([
    '',
    'ana',
    '@example.org',
    'ana@',
    'ana smith@example.org',
    'ana@example.org\r\nBcc: evil@x',
    'ana@example.org\n',
    '\tana@example.org',
    'Ana <ana@example.org>',
    'a@b.org, c@d.org',
    '"ana"@example.org',
    'ana..smith@example.org',
    '.ana@example.org',
    'ana@-example.org',
    'ana@example..org',
    'ελένη@example.org',
    `${'a'.repeat(65)}@example.org`,
    `a@${'b'.repeat(250)}.org`,
  ])('refuses %p', (address) => {
    expect(isPlainAddress(address)).toBe(false);
  });
});

describe('mailboxWords', () => {
  it.each([
    [{ address: 'ana@example.org' }, ['<ana@example.org>']],
    [{ name: ' ', address: 'ana@example.org' }, ['<ana@example.org>']],
    [{ name: 'Ana Smith', address: 'ana@example.org' }, ['Ana', 'Smith', '<ana@example.org>']],
    [{ name: 'Smith, Ana', address: 'ana@example.org' }, ['"Smith, Ana"', '<ana@example.org>']],
    [{ name: 'Ana "A" \\', address: 'ana@example.org' }, ['"Ana \\"A\\" \\\\"', '<ana@example.org>']],
    [{ name: 'Ana\r\nBcc: x@y', address: 'ana@example.org' }, ['"Ana  Bcc: x@y"', '<ana@example.org>']],
    [{ name: 'Ελένη', address: 'e@example.org' }, ['=?UTF-8?B?zpXOu86tzr3Otw==?=', '<e@example.org>']],
  ])('writes %p as %p', (mailbox, words) => {
    expect(mailboxWords(mailbox)).toEqual(words);
  });
});
