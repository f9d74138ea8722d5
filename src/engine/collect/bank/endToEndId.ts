/**
 * A SEPA collection's EndToEndId (SPEC §10): `<Invoice ID>-<Attempts>`, the attempt number
 * being the one the post records. It travels with the debit and comes back in the bank's camt
 * files, so reconcile finds the invoice (less the suffix) and the attempt (the whole ID).
 *
 * @example
 * endToEndId('INV-000042', 2) // → 'INV-000042-2'
 */
export function endToEndId(invoiceId: string, attempt: number): string {
  return `${invoiceId}-${attempt}`;
}

/**
 * The Invoice ID in an EndToEndId: the text before its last `-<digits>`, or the whole ID when
 * it has no such suffix (a reference someone else made).
 *
 * @example
 * invoiceIdOfEndToEndId('INV-000042-2') // → 'INV-000042'
 * invoiceIdOfEndToEndId('INV-000042')   // → 'INV-000042'
 */
export function invoiceIdOfEndToEndId(reference: string): string {
  const match = /^(.*)-\d+$/.exec(reference);
  return match !== null && match[1] !== '' ? match[1] : reference;
}
