import type { MessageKind } from './messageKind';

/** The template set a run uses when its Template Set cell is blank, and the set of the built-ins. */
export const DEFAULT_TEMPLATE_SET = 'Default';

/**
 * One message template (SPEC §9): a row of the Templates sheet, or a built-in English one
 * (`row` null). Subject and Body hold `{{Field}}` merge fields; Body is plain text whose line
 * breaks are kept.
 */
export interface MessageTemplate {
  set: string;
  kind: MessageKind;
  subject: string;
  body: string;
  attachInvoice: boolean;
  /** The Templates row it came from (the row number Excel shows), or null for a built-in. */
  row: number | null;
}
