import type { ReasonWords } from '../model/reason';

/**
 * Words of the reason codes a run's messages give, whatever the action (SPEC §9): a merge field
 * that matches nothing (the item is an error) and characters the documents' font cannot print
 * (a warning).
 *
 * @example
 * MESSAGE_REASON_WORDS.TEMPLATE_UNKNOWN_FIELD({ source: 'template Reminder', field: 'Adress' })
 * // → 'template Reminder uses {{Adress}}, which is no field or column'
 * MESSAGE_REASON_WORDS.MISSING_GLYPH({ characters: '李 小' }) // → 'the invoice and letter font cannot print 李 小'
 */
export const MESSAGE_REASON_WORDS = {
  TEMPLATE_UNKNOWN_FIELD: (d) => `${d.source || 'a template'} uses ${d.field ? `{{${d.field}}}` : 'a merge field'}, which is no field or column`,
  MISSING_GLYPH: (d) =>
    d.characters ? `the invoice and letter font cannot print ${d.characters}` : 'the invoice and letter font cannot print some characters',
} satisfies ReasonWords<'TEMPLATE_UNKNOWN_FIELD' | 'MISSING_GLYPH'>;
