import type { DeliveryChannel, DeliveryRecord, DeliveryStatus } from '../../workbook/deliveries/deliveryRecord';
import type { MessageFacts } from '../../workbook/messages/messageFacts';

/**
 * The Deliveries record of one message of a post.
 *
 * @example
 * messageRecord(facts, { to: 'ana@example.org', subject: 'Your renewal', messageId, channel: 'email', status: 'Sent', at: '2026-11-30T16:02:09Z', detail: '250 OK' })
 */
export function messageRecord(
  facts: MessageFacts,
  what: { to: string; subject: string; messageId: string; channel: DeliveryChannel; status: DeliveryStatus; at: string; detail: string },
): DeliveryRecord {
  return {
    runId: facts.runId,
    asOf: facts.asOf,
    key: facts.key,
    kind: facts.kind,
    memberId: facts.memberId,
    invoiceId: facts.invoiceId,
    to: what.to,
    subject: what.subject,
    messageId: what.messageId,
    channel: what.channel,
    status: what.status,
    at: what.at,
    detail: what.detail,
  };
}
