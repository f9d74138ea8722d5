import type { OutputCell } from '../outputGrid';

/**
 * The sample's Templates sheet (SPEC §9): the club's own wording of an invoice, the three
 * notices and the welcome, showing merge fields off — item fields (Invoice ID, Amount, Due
 * Date, Term Start/End, Product), Members columns (Name, and the extra Phone column) and
 * settings (Organisation Name). The kinds it leaves out (drop, collection) use the built-ins.
 */
export function templateRows(): OutputCell[][] {
  return [
    ['Template Set', 'Kind', 'Subject', 'Body', 'Attach Invoice'],
    [
      'Default',
      'invoice',
      '{{Organisation Name}}: your renewal invoice {{Invoice ID}}',
      'Dear {{Name}},\n\nThank you for another season with us! Your {{Product}} membership renews for ' +
        '{{Term Start}} – {{Term End}}.\n\nInvoice {{Invoice ID}} for {{Amount}} is attached; please pay by {{Due Date}}.\n\n' +
        'Questions? Reply to this email, or tell us a better number than {{Phone}}.\n\nSee you at the pool,\n{{Organisation Name}}',
      'Yes',
    ],
    [
      'Default',
      'first',
      'Friendly reminder: {{Invoice ID}} is due {{Due Date}}',
      'Hi {{Name}},\n\nJust a reminder that invoice {{Invoice ID}} ({{Amount}}) for your {{Product}} membership is due on ' +
        '{{Due Date}}.\n\nIf you have already paid, thank you!\n\n{{Organisation Name}}',
      null,
    ],
    [
      'Default',
      'reminder',
      'Reminder: invoice {{Invoice ID}} is overdue',
      'Hi {{Name}},\n\nInvoice {{Invoice ID}} for {{Amount}} was due on {{Due Date}} and is still open. Please pay soon ' +
        'so your {{Product}} membership ({{Term Start}} – {{Term End}}) carries on.\n\n{{Organisation Name}}',
      null,
    ],
    [
      'Default',
      'final',
      'Final notice: {{Invoice ID}}',
      'Dear {{Name}},\n\nThis is our last reminder about invoice {{Invoice ID}} ({{Amount}}, due {{Due Date}}). ' +
        'Unpaid, your membership will end. Call us if anything is wrong.\n\n{{Organisation Name}}',
      null,
    ],
    [
      'Default',
      'activation',
      'Welcome to {{Organisation Name}}, {{Name}}!',
      'Dear {{Name}},\n\nWelcome aboard! Your {{Product}} membership runs from {{Term Start}} to {{Term End}}; ' +
        'your member ID is {{Member ID}}.\n\n{{Organisation Name}}',
      'No',
    ],
  ];
}
