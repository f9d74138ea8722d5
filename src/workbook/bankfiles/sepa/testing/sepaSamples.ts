/**
 * Debits and messages for the pain.008 tests. Test-only (imported from *.test.ts files). IBANs
 * and the creditor identifier pass their mod-97 checks; BICs are real banks'.
 */
import { isoDate as d } from '../../../../engine/dates/isoDate';
import type { SepaCreditor, SepaDebit, SepaMessage } from '../sepaDirectDebit';

/** A German club with a BIC, collecting under CORE (the Bundesbank's test creditor identifier). */
export const CREDITOR: SepaCreditor = {
  name: 'Golfclub Grün-Weiß e.V.',
  iban: 'DE89 3704 0044 0532 0130 00',
  bic: 'COBADEFFXXX',
  creditorId: 'DE98ZZZ09999999999',
  scheme: 'CORE',
};

/** One recurrent debit of 120.00 due 2026-12-02; `overrides` change any field. */
export function sepaDebit(overrides: Partial<SepaDebit> = {}): SepaDebit {
  return {
    endToEndId: 'INV-000003-1',
    amount: 120,
    mandateId: 'MANDATE-0001',
    mandateDate: d('2024-03-15'),
    sequenceType: 'RCUR',
    collectionDate: d('2026-12-02'),
    debtorName: 'Ann Lee',
    iban: 'NL91ABNA0417164300',
    bic: 'ABNANL2A',
    remittance: 'INV-000003 Annual 2026-12-11 to 2027-12-10',
    ...overrides,
  };
}

/** A message of run NIGHTLY as of 2026-11-30 holding `debits`. */
export function sepaMessage(debits: SepaDebit[], overrides: Partial<SepaMessage> = {}): SepaMessage {
  return {
    msgId: 'NIGHTLY 2026-11-30 1',
    createdAt: '2026-11-30T17:05:00',
    initiatingParty: 'Golfclub Grün-Weiß e.V.',
    creditor: CREDITOR,
    batchKey: 'NIGHTLY 2026-11-30',
    debits,
    ...overrides,
  };
}

/**
 * Five debits in scrambled order: FRST and RCUR on 2026-12-02, RCUR on 2026-12-09, so three
 * PmtInfs. 2026-12-02 FRST holds B and D (20.20 + 0.10 = 20.30), 2026-12-02 RCUR holds C and E
 * (10.10 + 20.20 = 30.30), 2026-12-09 RCUR holds A (10.10); 60.70 in all. A and E have no BIC;
 * D has a 100-character name and a 200-character remittance.
 */
export function mixedMessage(): SepaMessage {
  return sepaMessage([
    sepaDebit({ endToEndId: 'A-1', amount: 10.1, collectionDate: d('2026-12-09'), debtorName: 'Zoë Ñúñez', bic: null, iban: 'FR1420041010050500013M02606' }),
    sepaDebit({ endToEndId: 'B-1', amount: 20.2, sequenceType: 'FRST', debtorName: 'Jürgen Groß', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' }),
    sepaDebit({ endToEndId: 'C-1', amount: 10.1, debtorName: 'O’Brien & Sons <Ltd>', iban: 'AT611904300234573201', bic: 'BKAUATWW' }),
    sepaDebit({
      endToEndId: 'D-1',
      amount: 0.1,
      sequenceType: 'FRST',
      debtorName: `Ærøskøbing ${'Æ'.repeat(100)}`,
      remittance: `INV-000009 Gold ${'ü'.repeat(200)}`,
      iban: 'BE68539007547034',
      bic: 'GEBABEBB',
    }),
    sepaDebit({ endToEndId: 'E-1', amount: 20.2, debtorName: 'Łukasz Wałęsa', bic: null, iban: 'ES9121000418450200051332' }),
  ]);
}
