import { describeReason } from '../../engine/reasons/describeReason';
import { planRun } from '../../engine/plan/planRun';
import { messageContext } from '../messages/messageContext';
import { MESSAGE_AS_OF, messageBook } from '../messages/testing/messageBook';
import { checkMessages } from './checkMessages';

function check(book: ReturnType<typeof messageBook>) {
  const plan = planRun({ records: book.read.records, run: book.run, asOf: MESSAGE_AS_OF });
  return { plan, checked: checkMessages(plan, messageContext(book.grids, book.read, book.run)) };
}

const byKey = (items: { key: string; status: string; reason: unknown }[]) =>
  Object.fromEntries(items.map((i) => [i.key, { status: i.status, reason: i.reason === null ? null : describeReason(i.reason as never) }]));

describe('checkMessages', () => {
  it('leaves a plan unchanged when every field matches and every character prints', () => {
    const { plan, checked } = check(messageBook());
    expect(checked).toBe(plan);
    expect(plan.items.map((i) => i.key)).toEqual(['renew:M-1', 'notify:INV-000007', 'notify:new:M-1']);
  });

  it('makes the items of a template an error when it uses a field that matches nothing', () => {
    const { checked } = check(messageBook({ templates: [['first', 'Hi', 'Sent to {{Adress}}']] }));
    expect(byKey(checked.items)).toEqual({
      'renew:M-1': { status: 'ready', reason: null },
      'notify:INV-000007': { status: 'error', reason: 'template First uses {{Adress}}, which is no field or column' },
      'notify:new:M-1': { status: 'error', reason: 'template First uses {{Adress}}, which is no field or column' },
    });
    expect(checked.statistics.notify?.error.count).toBe(2);
  });

  it('names the Payment Instructions when they use an unknown field and the template attaches the invoice', () => {
    const { checked } = check(messageBook({ settings: [['Payment Instructions', 'Pay to {{IBAN}}']] }));
    expect(byKey(checked.items)['renew:M-1']).toEqual({ status: 'error', reason: 'setting Payment Instructions uses {{IBAN}}, which is no field or column' });
  });

  it('warns when a name holds characters the PDF font lacks', () => {
    const { checked } = check(messageBook({ name: '李小龙' }));
    expect(byKey(checked.items)['notify:INV-000007']).toEqual({ status: 'warning', reason: 'the invoice and letter font cannot print 李 小 龙' });
  });

  it('finds nothing to warn about when names are Greek or Cyrillic', () => {
    const { plan, checked } = check(messageBook({ name: 'Ξανθίππη Жанна' }));
    expect(checked).toBe(plan);
  });
});

describe('checkMessages without Settings rows', () => {
  it('knows every setting as a field when the Settings sheet does not list it', () => {
    const book = messageBook({ templates: [['first', '{{Organisation Address}}', '{{Payment Instructions}} {{SMTP Port}}']] });
    const { plan, checked } = check(book);
    expect(checked).toBe(plan);
  });
});
