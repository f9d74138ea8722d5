import type { MessageKind } from './messageKind';
import { attachesInvoiceByDefault } from './messageKind';
import { DEFAULT_TEMPLATE_SET, type MessageTemplate } from './messageTemplate';

const SIGN_OFF = 'Kind regards,\n{{Organisation Name}}';

/** The wording of each kind's built-in English template (SPEC §9). */
const WORDING: { readonly [K in MessageKind]: { subject: string; body: string } } = {
  invoice: {
    subject: 'Your {{Product}} renewal: invoice {{Invoice ID}}',
    body:
      'Dear {{Name}},\n\nThank you for being a member. Your {{Product}} membership renews for the term ' +
      '{{Term Start}} to {{Term End}}.\n\nInvoice {{Invoice ID}} for {{Amount}} is attached and is due by ' +
      `{{Due Date}}.\n\n${SIGN_OFF}`,
  },
  first: {
    subject: 'Reminder: invoice {{Invoice ID}} is due {{Due Date}}',
    body:
      'Dear {{Name}},\n\nThis is a friendly reminder that invoice {{Invoice ID}} for your {{Product}} ' +
      'membership ({{Term Start}} to {{Term End}}) is due by {{Due Date}}. The amount due is {{Balance}}.\n\n' +
      `If you have already paid, thank you, and please ignore this message.\n\n${SIGN_OFF}`,
  },
  reminder: {
    subject: 'Second reminder: invoice {{Invoice ID}} is unpaid',
    body:
      'Dear {{Name}},\n\nOur records show that invoice {{Invoice ID}} for your {{Product}} membership, ' +
      'due on {{Due Date}}, is still unpaid. The amount due is {{Balance}}.\n\nPlease pay at your earliest ' +
      `convenience so that your membership continues without interruption.\n\n${SIGN_OFF}`,
  },
  final: {
    subject: 'Final notice: invoice {{Invoice ID}}',
    body:
      'Dear {{Name}},\n\nThis is our final notice about invoice {{Invoice ID}} for your {{Product}} ' +
      'membership, due on {{Due Date}}. The amount due is {{Balance}}.\n\nIf it remains unpaid, your ' +
      `membership will end. Please pay now, or contact us if you need help.\n\n${SIGN_OFF}`,
  },
  drop: {
    subject: 'Your {{Product}} membership has ended',
    body:
      'Dear {{Name}},\n\nBecause we have not received payment for your renewal, your {{Product}} ' +
      'membership has ended. We would be glad to welcome you back: simply get in touch to rejoin.\n\n' +
      `${SIGN_OFF}`,
  },
  activation: {
    subject: 'Welcome to {{Organisation Name}}',
    body:
      'Dear {{Name}},\n\nWelcome! Your application is approved and your {{Product}} membership runs ' +
      `from {{Term Start}} to {{Term End}}. Your member ID is {{Member ID}}.\n\n${SIGN_OFF}`,
  },
  collection: {
    subject: 'Upcoming payment of {{Amount}} for invoice {{Invoice ID}}',
    body:
      'Dear {{Name}},\n\nAs you pay by AutoPay, {{Amount}} for invoice {{Invoice ID}} (your {{Product}} ' +
      'membership, {{Term Start}} to {{Term End}}) will be collected from your account on or after ' +
      `{{Collection Date}}. There is nothing you need to do.\n\n${SIGN_OFF}`,
  },
};

/**
 * The built-in English template of a kind (SPEC §9): set `Default`, no row, Attach Invoice as
 * the kind's default. Used when the workbook has no Templates row for the run's set and kind.
 * Every field it merges is an item field, a Members column of SPEC §2, or a setting.
 *
 * @example
 * builtInTemplate('final').subject // → 'Final notice: invoice {{Invoice ID}}'
 */
export function builtInTemplate(kind: MessageKind): MessageTemplate {
  const { subject, body } = WORDING[kind];
  return { set: DEFAULT_TEMPLATE_SET, kind, subject, body, attachInvoice: attachesInvoiceByDefault(kind), row: null };
}
