import { BANKFILES, bankFile, requireShared } from '../../../../test/shared/sharedMaterial';
import type { BankTransaction } from './bankTransaction';
import { readBankFile } from './readBankFile';

const present = requireShared(BANKFILES);
const transactionsOf = (name: string): BankTransaction[] => {
  const result = readBankFile(bankFile(name));
  if (result.kind !== 'bank') throw new Error(`${name} read as ${result.kind}`);
  return result.transactions;
};
const ofKind = (name: string, kind: BankTransaction['kind']): BankTransaction[] => transactionsOf(name).filter((transaction) => transaction.kind === kind);
const pick = <K extends keyof BankTransaction>(transactions: BankTransaction[], ...keys: K[]): Pick<BankTransaction, K>[] =>
  transactions.map((transaction) => Object.fromEntries(keys.map((key) => [key, transaction[key]])) as Pick<BankTransaction, K>);

(present ? describe : describe.skip)('readBankFile on the real bank files: the values read', () => {
  it('reads the PostFinance MD06 refunds as reversed returns with their EndToEndIds when the entry is a DBIT with RvslInd (camt.054 v04)', () => {
    expect(ofKind('camt054-v04-postfinance-chdd-credits-md06-refunds.xml', 'return')).toEqual([
      expect.objectContaining({
        position: 4,
        bankReference: 'TST_205-2091679-6',
        amount: 6,
        currency: 'CHF',
        reversal: true,
        endToEndId: 'EndToEnd-2B6C-CHDDBB5',
      }),
      expect.objectContaining({ position: 5, bankReference: 'TST_205-28529-1', amount: 15.53, reversal: true, endToEndId: 'E2E-1-1-16030913' }),
    ]);
    const [refund] = ofKind('camt054-v04-postfinance-chdd-credits-md06-refunds.xml', 'return');
    expect(refund).toMatchObject({
      pmtInfId: 'PMTINF-2CHDDBB5',
      reasonCode: 'MD06',
      reasonText: 'Lastschrift-Widerspruch durch den Zahlungspflichtigen',
      bookingDate: '2016-04-10',
    });
  });

  it('reads one credit per TxDtls at its own amount when a PostFinance entry holds a batch of two', () => {
    expect(pick(ofKind('camt054-v04-postfinance-chdd-credits-md06-refunds.xml', 'credit'), 'amount', 'endToEndId', 'pmtInfId')).toEqual([
      { amount: 15, endToEndId: 'EndToEnd-CRDBRActSame-1B9C-CHDDBB2', pmtInfId: 'PMTINF-1CHDDBB3' },
      { amount: 9, endToEndId: 'EndToEnd-CRDBRActSame-1B9C-CHDDBB3', pmtInfId: 'PMTINF-1CHDDBB3' },
      { amount: 56.56, endToEndId: 'PMT-651727380907030005', pmtInfId: 'PMT-ID-1268016165-01' },
    ]);
    expect(pick(transactionsOf('camt054-v04-postfinance-chdd-settlement.xml'), 'amount', 'endToEndId', 'bankReference')).toEqual([
      { amount: 1.5, endToEndId: 'E2EId-CHDD-1', bankReference: '201-31295208-1' },
      { amount: 3, endToEndId: 'E2EId-CHDD-2', bankReference: '201-31295208-2' },
    ]);
  });

  it('reads a batch credit with PmtInfId and NbOfTxs when ING books a whole PmtInf as one entry (camt.053)', () => {
    expect(ofKind('camt053-v02-ing-nl-sdd-batches-returns.xml', 'batchCredit')).toEqual([
      expect.objectContaining({
        bankReference: '3102766686999',
        amount: 270,
        currency: 'EUR',
        pmtInfId: 'SCTBtchId20140103A2PSTN',
        batchCount: 2,
        bookingDate: '2014-01-03',
      }),
    ]);
    expect(ofKind('camt053-v02-ing-nl-sdd-batches-returns.xml', 'return')).toEqual([
      expect.objectContaining({ amount: 30, reversal: true, endToEndId: '5000300060007000', mandateId: 'DDMdtINGBC', reasonCode: 'MD06' }),
    ]);
  });

  it('reads the ABN AMRO rejects (MS03) and the batch of 7 from v02 AmtDtls when Ustrd breaks the schema', () => {
    expect(pick(ofKind('camt053-v02-abnamro-nl-sdd-batches-rejects.xml', 'return'), 'amount', 'endToEndId', 'reasonCode', 'mandateId')).toEqual([
      { amount: 1, endToEndId: '1234567X908303803', reasonCode: 'MS03', mandateId: '123456789XXmandaat' },
      { amount: 921, endToEndId: '1234567X908303804', reasonCode: 'MS03', mandateId: '123456788XXmandaat' },
    ]);
    const credits = ofKind('camt053-v02-abnamro-nl-sdd-batches-rejects.xml', 'credit');
    expect(credits.map((credit) => credit.endToEndId)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `SDD SIT 024-${n}`));
    expect(credits.every((credit) => credit.pmtInfId === 'BATCHID' && credit.amount === 1)).toBe(true);
    expect(ofKind('camt053-v02-abnamro-nl-sdd-batches-rejects.xml', 'batchCredit')).toEqual([expect.objectContaining({ amount: 7, batchCount: 7 })]);
  });

  it('reads the FFFS INFO entry as not booked, with AC01 and CUST and their Finnish words', () => {
    expect(pick(ofKind('camt054-v02-fffs-fi-credits-dd-returns.xml', 'return'), 'booked', 'amount', 'reasonCode', 'reasonText', 'reversal')).toEqual([
      { booked: false, amount: 40, reasonCode: 'AC01', reasonText: '1+TILIÄ EI LÖYDY', reversal: true },
      { booked: false, amount: 60, reasonCode: 'CUST', reasonText: '4+MAKSAJA PERUUTTANUT', reversal: true },
    ]);
    expect(ofKind('camt053-v02-fffs-fi-statement.xml', 'batchCredit')).toEqual([
      expect.objectContaining({ bankReference: '091029ACCTSTMTARCH21', amount: 500, batchCount: 2, bookingDate: '2009-10-29' }),
    ]);
  });

  it('reads a returned credit transfer as other when its code is ICDT/RRTN, keeping AC01', () => {
    expect(transactionsOf('camt054-v04-postfinance-return-ac01.xml')).toEqual([
      expect.objectContaining({
        kind: 'other',
        amount: 500,
        reversal: true,
        endToEndId: 'EndToEndId-001-03-04',
        reasonCode: 'AC01',
        reasonText: 'Kontonummer falsch',
      }),
    ]);
  });

  it('reads the date part of BookgDt/DtTm and the v08 Sts/Cd when genkgo writes them', () => {
    expect(transactionsOf('camt054-v02-genkgo-credit-batch.xml')[0]).toMatchObject({ bookingDate: '2007-10-18', booked: true, currency: 'SEK' });
    expect(pick(transactionsOf('camt054-v08-genkgo-credit-batch.xml'), 'booked', 'amount')).toEqual([
      { booked: true, amount: 3.1 },
      { booked: true, amount: 3.2 },
      { booked: true, amount: 3.2 },
    ]);
  });

  it('reads the Fiserv returns R04, R03, R01 with their original traces when the file is CRLF with a 91-character header', () => {
    const keys = ['kind', 'reasonCode', 'originalTrace', 'bankReference', 'individualId', 'amount', 'reasonText', 'bookingDate'] as const;
    expect(pick(transactionsOf('nacha-return-fiserv-ppd-web-r04-r03-r01-crlf.ach'), ...keys)).toEqual([
      {
        kind: 'other',
        reasonCode: 'R04',
        originalTrace: '101206100000001',
        bankReference: '031101278009179',
        individualId: '60502a49fb51411',
        amount: 1.02,
        reasonText: 'PSEUDORETN',
        bookingDate: '2020-03-27',
      },
      {
        kind: 'return',
        reasonCode: 'R03',
        originalTrace: '101206100000001',
        bankReference: '031101278009180',
        individualId: '3b212c569c794c0',
        amount: 1.01,
        reasonText: 'PSEUDORETN',
        bookingDate: '2020-03-27',
      },
      {
        kind: 'return',
        reasonCode: 'R01',
        originalTrace: '101206100000001',
        bankReference: '031101278009181',
        individualId: 'e05d5435dcf249a',
        amount: 100.01,
        reasonText: 'PSEUDORETN',
        bookingDate: '2020-03-27',
      },
    ]);
  });

  it('reads the R02 return and the two R03 credit returns when the fragment has no header or controls', () => {
    expect(pick(transactionsOf('nacha-return-fragment-ppd-r02-r03-no-controls.ach'), 'kind', 'reasonCode', 'originalTrace', 'amount', 'currency')).toEqual([
      { kind: 'return', reasonCode: 'R02', originalTrace: '273976368613175', amount: 1.46, currency: 'USD' },
      { kind: 'other', reasonCode: 'R03', originalTrace: '273976360000001', amount: 0.08, currency: 'USD' },
      { kind: 'other', reasonCode: 'R03', originalTrace: '273976360000001', amount: 0.19, currency: 'USD' },
    ]);
  });

  it('reads the WEB return R01 of a debit and the R03 of a credit', () => {
    expect(pick(transactionsOf('nacha-return-web-r01-r03.ach'), 'kind', 'reasonCode', 'originalTrace', 'individualId', 'amount', 'reversal', 'booked')).toEqual(
      [
        { kind: 'return', reasonCode: 'R01', originalTrace: '091400600000001', individualId: 'MjMxNDAwMjAtOGQ', amount: 123.54, reversal: false, booked: true },
        { kind: 'other', reasonCode: 'R03', originalTrace: '091400600000003', individualId: 'NmRjZTJmMzItMGN', amount: 45.65, reversal: false, booked: true },
      ],
    );
  });
});
