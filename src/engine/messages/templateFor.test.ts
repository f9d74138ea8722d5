import { builtInTemplate } from './builtInTemplates';
import { MESSAGE_KINDS } from './messageKind';
import type { MessageTemplate } from './messageTemplate';
import { parseMergeText } from './parseMergeText';
import { templateFor, templateName } from './templateFor';

const spanishDrop: MessageTemplate = { set: 'Spanish', kind: 'drop', subject: 'Baja', body: 'Hola {{Name}}', attachInvoice: false, row: 2 };

describe('templateFor', () => {
  it('gives the workbook row when the set, spelled another way, has the kind', () => {
    expect(templateFor([spanishDrop], 'SPANISH', 'drop')).toBe(spanishDrop);
  });

  it.each(MESSAGE_KINDS)('gives the built-in %s template when the set has no row for it', (kind) => {
    expect(templateFor([spanishDrop], 'Spanish', kind === 'drop' ? 'invoice' : kind)).toMatchObject({ row: null, set: 'Default' });
  });
});

describe('builtInTemplate', () => {
  it.each(MESSAGE_KINDS)('greets by name and signs with the organisation when the kind is %s', (kind) => {
    const template = builtInTemplate(kind);
    const fields = [...parseMergeText(template.subject), ...parseMergeText(template.body)].flatMap((p) => (typeof p === 'string' ? [] : [p.field]));
    expect(fields).toEqual(expect.arrayContaining(['Name', 'Organisation Name']));
  });
});

describe('templateName', () => {
  it.each([
    ['Default', 'reminder', 'Reminder'],
    ['default', 'first', 'First'],
    ['Spanish', 'drop', 'Drop (set Spanish)'],
  ] as const)('names set %p kind %p as %p', (set, kind, name) => {
    expect(templateName({ set, kind })).toBe(name);
  });
});
