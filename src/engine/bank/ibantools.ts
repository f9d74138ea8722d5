/**
 * The one place the bank checks import ibantools (IBAN country lengths and formats, mod-97,
 * BIC syntax), so the workaround below is written once.
 */
// @ts-expect-error TS1479: ibantools declares "type": "module", so TypeScript (module Node16) takes its only .d.ts for an ES module; at run time its "require" export (build/ibantools.cjs) has the same API, and webpack and Jest load it either way.
export { getCountrySpecifications, isSEPACountry, validateBIC, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
