import { builtInTemplate } from './builtInTemplates';
import { fieldKey } from './fieldKey';
import type { MessageKind } from './messageKind';
import type { MessageTemplate } from './messageTemplate';

/**
 * The template a message of `kind` uses in template set `set` (SPEC §9): the Templates row of
 * that set (names compared like headers: `spanish` is `Spanish`) and kind, else the built-in
 * English template of the kind. The reader keeps one row per (set, kind); the first is used.
 *
 * @example
 * templateFor([], 'Default', 'reminder').row // → null (the built-in)
 * templateFor(read.templates, 'Spanish', 'drop').set // → 'Spanish' when the sheet has that row
 */
export function templateFor(templates: readonly MessageTemplate[], set: string, kind: MessageKind): MessageTemplate {
  const key = fieldKey(set);
  return templates.find((t) => t.kind === kind && fieldKey(t.set) === key) ?? builtInTemplate(kind);
}

/**
 * How a template is named in a reason (SPEC §9 "template Reminder uses {{Adress}}…"): its kind
 * capitalised, with its set when that is not `Default`.
 *
 * @example
 * templateName({ set: 'Default', kind: 'reminder' }) // → 'Reminder'
 * templateName({ set: 'Spanish', kind: 'drop' }) // → 'Drop (set Spanish)'
 */
export function templateName(template: Pick<MessageTemplate, 'set' | 'kind'>): string {
  const kind = template.kind.charAt(0).toUpperCase() + template.kind.slice(1);
  return fieldKey(template.set) === 'default' ? kind : `${kind} (set ${template.set})`;
}
