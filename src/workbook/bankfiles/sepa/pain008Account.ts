import type { ExpandObject } from 'xmlbuilder2/lib/interfaces';

/** What SEPA writes for an agent whose BIC is not given (dk l.256-273). */
export const NOT_PROVIDED = 'NOTPROVIDED';

/**
 * A `CdtrAgt` or `DbtrAgt`: the BIC, or `Othr/Id` `NOTPROVIDED` when there is none (SEPA has
 * not required the BIC for national and cross-border debits since 2016).
 *
 * @example
 * financialInstitution('cobadeffxxx') // → { FinInstnId: { BIC: 'COBADEFFXXX' } }
 * financialInstitution(null)          // → { FinInstnId: { Othr: { Id: 'NOTPROVIDED' } } }
 */
export function financialInstitution(bic: string | null): ExpandObject {
  const written = bic?.replace(/\s/g, '').toUpperCase();
  return { FinInstnId: written ? { BIC: written } : { Othr: { Id: NOT_PROVIDED } } };
}

/**
 * An IBAN in its electronic form, as the XSD's pattern wants it: no spaces, upper case. Whether
 * it is a real IBAN (country length, mod-97) is checked where it is read (SPEC §10, "Input errors").
 *
 * @example
 * electronicIban('de89 3704 0044 0532 0130 00') // → 'DE89370400440532013000'
 */
export function electronicIban(iban: string): string {
  return iban.replace(/\s/g, '').toUpperCase();
}
