import { planRun } from '../../engine/plan/planRun';
import { messageContext } from './messageContext';
import { messageFactsOfItem } from './messageFactsOfItem';
import { renderMessage } from './renderMessage';
import { MESSAGE_AS_OF, messageBook } from './testing/messageBook';

/** Renders the message of the item with `key` in the book's plan. */
function render(book: ReturnType<typeof messageBook>, key: string) {
  const context = messageContext(book.grids, book.read, book.run);
  const plan = planRun({ records: book.read.records, run: book.run, asOf: MESSAGE_AS_OF });
  const item = plan.items.find((i) => i.key === key);
  if (item === undefined) throw new Error(`no item ${key} in ${plan.items.map((i) => i.key).join(', ')}`);
  const facts = messageFactsOfItem(item, plan, context);
  if (facts === null) throw new Error('no message');
  return renderMessage(context, facts);
}

describe('renderMessage', () => {
  it('merges item fields, Members columns and settings in the Locale when the template uses them', () => {
    const book = messageBook({
      templates: [
        [
          'first',
          '{{Invoice ID}} for {{name}}',
          'Due {{Due Date}}: {{Balance}} of {{Amount}}.\nCall {{ Phone }} ({{Joined Date}}) – {{Organisation_Name}}{{Blank}}',
        ],
      ],
      settings: [['Blank', null]],
    });
    const message = render(book, 'notify:INV-000007');
    expect(message).toMatchObject({
      kind: 'first',
      to: 'ada@example.org',
      name: 'Ada Lovelace',
      subject: 'INV-000007 for Ada Lovelace',
      attachInvoice: true,
      paperSize: 'A4',
    });
    expect(message.body).toBe('Due 15 October 2026: €80.00 of €80.00.\nCall 555-0101 (15 March 2023) – Riverside Swim Club');
  });

  it('fills the invoice document when the template attaches it and the item has an Invoice ID', () => {
    const book = messageBook({
      settings: [
        ['Organisation Address', '1 Main St\nTown'],
        ['Payment Instructions', 'Quote {{Invoice ID}}\nIBAN X'],
      ],
    });
    expect(render(book, 'notify:INV-000007').invoice).toEqual({
      organisationName: 'Riverside Swim Club',
      organisationAddress: '1 Main St\nTown',
      invoiceId: 'INV-000007',
      billDate: '1 October 2026',
      dueDate: '15 October 2026',
      memberName: 'Ada Lovelace',
      memberAddress: '1 River Lane\nSpringfield',
      memberId: 'M-1',
      product: 'Annual',
      term: '1 December 2025 – 30 November 2026',
      amount: '€80.00',
      balance: '€80.00',
      paymentInstructions: 'Quote INV-000007\nIBAN X',
    });
  });

  it('merges an unassigned Invoice ID as empty text and attaches nothing when a renewal is not posted yet', () => {
    const message = render(messageBook(), 'renew:M-1');
    expect(message.kind).toBe('invoice');
    expect(message.subject).toBe('Your Annual renewal: invoice ');
    expect(message.invoice).toBeNull();
  });

  it('turns line breaks of a merged value into spaces in the Subject but keeps them in the Body', () => {
    const book = messageBook({ templates: [['first', 'To {{Address}}', '{{Address}}']] });
    const message = render(book, 'notify:INV-000007');
    expect(message.subject).toBe('To 1 River Lane Springfield');
    expect(message.body).toBe('1 River Lane\nSpringfield');
  });
});
