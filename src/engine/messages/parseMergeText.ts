import { fieldKey } from './fieldKey';

/** A `{{Field}}` of a template: its name as written (trimmed) and its key, compared like a header. */
export interface MergeField {
  field: string;
  key: string;
}

/** A template text cut into literal text and merge fields, in order. */
export type MergePart = string | MergeField;

/**
 * Cuts a template text (a Subject, a Body, the Payment Instructions) into literal text and
 * `{{Field}}` merge fields (SPEC §9). A small scanner, never an evaluator: a field is only a
 * name. Spaces inside the braces are trimmed (`{{ Due Date }}` is Due Date). What is not a
 * field stays literal text, as written: a `{{` without a later `}}`, an empty `{{ }}`, and a
 * `{{` whose name would contain another `{{` (the inner one may open a field: `{{ {{Name}}` is
 * the literal `{{ ` then the field Name). Braces cannot be escaped: no field name holds `}}`.
 *
 * @example
 * parseMergeText('Dear {{Name}}, pay by {{ Due Date }}.')
 * // → ['Dear ', { field: 'Name', key: 'name' }, ', pay by ', { field: 'Due Date', key: 'duedate' }, '.']
 * parseMergeText('50% off {{ today') // → ['50% off {{ today']
 */
export function parseMergeText(text: string): MergePart[] {
  const parts: MergePart[] = [];
  let literal = '';
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{{', at);
    const close = open < 0 ? -1 : text.indexOf('}}', open + 2);
    if (open < 0 || close < 0) break;
    const inner = text.slice(open + 2, close);
    const nested = inner.lastIndexOf('{{');
    if (nested >= 0) {
      // Keep the outer `{{` as text; the scan resumes at the innermost `{{` before the `}}`.
      literal += text.slice(at, open + 2 + nested);
      at = open + 2 + nested;
      continue;
    }
    const field = inner.trim();
    if (field === '') {
      literal += text.slice(at, close + 2);
    } else {
      literal += text.slice(at, open);
      if (literal !== '') parts.push(literal);
      literal = '';
      parts.push({ field, key: fieldKey(field) });
    }
    at = close + 2;
  }
  literal += text.slice(at);
  if (literal !== '') parts.push(literal);
  return parts;
}
