import type { Member } from '../../model/records';

/** A SEPA collection's sequence type: the first of a mandate, or a recurring one. */
export type SequenceType = 'FRST' | 'RCUR';

/**
 * SPEC §10: "`FRST` when Last Mandate Collected is blank or differs from the Mandate ID, else
 * `RCUR`". A new mandate (a changed Mandate ID) therefore starts with FRST again, and a returned
 * FRST (reconcile clears Last Mandate Collected) is followed by FRST.
 *
 * @example
 * sequenceType({ mandateId: 'MD-1', lastMandateCollected: null })   // → 'FRST'
 * sequenceType({ mandateId: 'MD-1', lastMandateCollected: 'MD-1' }) // → 'RCUR'
 */
export function sequenceType(member: Pick<Member, 'mandateId' | 'lastMandateCollected'>): SequenceType {
  return member.lastMandateCollected === null || member.lastMandateCollected !== member.mandateId ? 'FRST' : 'RCUR';
}
