import { BANKFILES, bankFile, bankFileNames, requireShared } from '../../../../test/shared/sharedMaterial';
import type { BankTransaction } from './bankTransaction';
import { readBankFile, type BankFileRead } from './readBankFile';

type Kind = BankTransaction['kind'];
type Counts = Partial<Record<Kind, number>>;

// What each real file of ../shared/bankfiles yields: its format and how many transactions of each kind.
const EXPECTED: Record<string, { kind: BankFileRead['kind']; format?: string; counts?: Counts }> = {
  'camt053-v02-abnamro-nl-ORIGINAL-not-well-formed.xml': { kind: 'unreadable', format: 'camt.053' },
  'camt053-v02-abnamro-nl-sdd-batches-rejects.xml': { kind: 'bank', format: 'camt.053', counts: { credit: 7, batchCredit: 1, return: 2, other: 19 } },
  'camt053-v02-fffs-fi-statement.xml': { kind: 'bank', format: 'camt.053', counts: { batchCredit: 1, other: 12 } },
  'camt053-v02-ing-nl-sdd-batches-returns.xml': { kind: 'bank', format: 'camt.053', counts: { batchCredit: 1, return: 1, other: 7 } },
  'camt054-v02-fffs-fi-credits-dd-returns.xml': { kind: 'bank', format: 'camt.054', counts: { credit: 2, return: 2, other: 9 } },
  'camt054-v02-genkgo-credit-batch.xml': { kind: 'bank', format: 'camt.054', counts: { other: 3 } },
  'camt054-v04-postfinance-chdd-credits-md06-refunds.xml': { kind: 'bank', format: 'camt.054', counts: { credit: 3, return: 2 } },
  'camt054-v04-postfinance-chdd-settlement.xml': { kind: 'bank', format: 'camt.054', counts: { credit: 2 } },
  'camt054-v04-postfinance-return-ac01.xml': { kind: 'bank', format: 'camt.054', counts: { other: 1 } },
  'camt054-v08-genkgo-credit-batch.xml': { kind: 'bank', format: 'camt.054', counts: { other: 3 } },
  'nacha-ppd-debit-single.ach': { kind: 'bank', format: 'nacha', counts: { other: 1 } },
  'nacha-ppd-mixed-27-22.ach': { kind: 'bank', format: 'nacha', counts: { other: 3 } },
  'nacha-ppd-two-batches-27-32-addenda05.ach': { kind: 'bank', format: 'nacha', counts: { other: 6 } },
  'nacha-return-fiserv-ppd-web-r04-r03-r01-crlf.ach': { kind: 'bank', format: 'nacha', counts: { return: 2, other: 1 } },
  'nacha-return-fragment-ppd-r02-r03-no-controls.ach': { kind: 'bank', format: 'nacha', counts: { return: 1, other: 2 } },
  'nacha-return-web-r01-r03.ach': { kind: 'bank', format: 'nacha', counts: { return: 1, other: 1 } },
  'pain008-v02-abnamro-nl-voorbeeldbestand.xml': { kind: 'not-bank' },
  'pain008-v02-ing-nl-voorbeeldbestand-ORIGINAL-iban-00.xml': { kind: 'not-bank' },
  'pain008-v02-ing-nl-voorbeeldbestand.xml': { kind: 'not-bank' },
  'pain008-v02-php-sepa-xml-ooff.xml': { kind: 'not-bank' },
  'pain008-v02-python-sepaxml-frst-rcur.xml': { kind: 'not-bank' },
  'pain008-v08-php-sepa-xml-ooff.xml': { kind: 'not-bank' },
};

const present = requireShared(BANKFILES);
const read = (name: string): BankFileRead => readBankFile(bankFile(name));
const transactionsOf = (name: string): BankTransaction[] => {
  const result = read(name);
  if (result.kind !== 'bank') throw new Error(`${name} read as ${result.kind}`);
  return result.transactions;
};
const countKinds = (transactions: BankTransaction[]): Counts => {
  const counts: Counts = {};
  for (const { kind } of transactions) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
};

(present ? describe : describe.skip)('readBankFile on the real bank files of ../shared/bankfiles', () => {
  it('has an expectation for every file of the folder', () => {
    expect(bankFileNames()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('reads %s into what it holds, without a throw', (name, expected) => {
    const result = read(name);
    expect(result.kind).toBe(expected.kind);
    if ('format' in result) expect(result.format).toBe(expected.format);
    if (result.kind === 'bank') {
      expect(countKinds(result.transactions)).toEqual(expected.counts);
      expect(result.transactions.map((transaction) => transaction.position)).toEqual(result.transactions.map((_, index) => index + 1));
      expect(new Set(result.transactions.map((transaction) => transaction.bankReference)).size).toBe(result.transactions.length);
    }
  });

  it('yields no credit and no return when the file is an outgoing NACHA debit file', () => {
    for (const name of ['nacha-ppd-debit-single.ach', 'nacha-ppd-mixed-27-22.ach', 'nacha-ppd-two-batches-27-32-addenda05.ach']) {
      expect(transactionsOf(name).filter((transaction) => transaction.kind !== 'other')).toEqual([]);
    }
  });

  it("gives saxes's message when the bank's original file is not well-formed", () => {
    expect(read('camt053-v02-abnamro-nl-ORIGINAL-not-well-formed.xml')).toEqual({
      kind: 'unreadable',
      format: 'camt.053',
      problem: '1839:33: unexpected close tag.',
    });
  });
});
