import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces';

/** What SEPA writes for an agent whose BIC is not given (dk l.256-273). */
export const NOT_PROVIDED = 'NOTPROVIDED';

/**
 * Writes `<name>text</name>` as a child of the open element of `xml`; the builder escapes the text.
 *
 * @example
 * leaf(xml, 'PmtMtd', 'DD') // writes <PmtMtd>DD</PmtMtd>
 */
export function leaf(xml: XMLBuilderCB, name: string, text: string): void {
  xml.ele(name).txt(text).up();
}

/**
 * Writes a `CdtrAgt` or `DbtrAgt` (`agent`): the BIC, or `Othr/Id` `NOTPROVIDED` when there is
 * none (SEPA has not required the BIC for national and cross-border debits since 2016).
 *
 * @example
 * financialInstitution(xml, 'CdtrAgt', 'cobadeffxxx') // writes <CdtrAgt><FinInstnId><BIC>COBADEFFXXX</BIC>…
 * financialInstitution(xml, 'DbtrAgt', null)          // writes <DbtrAgt><FinInstnId><Othr><Id>NOTPROVIDED</Id>…
 */
export function financialInstitution(xml: XMLBuilderCB, agent: 'CdtrAgt' | 'DbtrAgt', bic: string | null): void {
  const written = bic?.replace(/\s/g, '').toUpperCase();
  xml.ele(agent).ele('FinInstnId');
  if (written) leaf(xml, 'BIC', written);
  else xml.ele('Othr').ele('Id').txt(NOT_PROVIDED).up().up();
  xml.up().up();
}

/**
 * Writes a `CdtrAcct` or `DbtrAcct` (`account`): `Id/IBAN`, the IBAN in its electronic form.
 *
 * @example
 * account(xml, 'CdtrAcct', 'de89 3704 0044 0532 0130 00') // writes <CdtrAcct><Id><IBAN>DE89370400440532013000</IBAN>…
 */
export function account(xml: XMLBuilderCB, account: 'CdtrAcct' | 'DbtrAcct', iban: string): void {
  xml.ele(account).ele('Id');
  leaf(xml, 'IBAN', electronicIban(iban));
  xml.up().up();
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
