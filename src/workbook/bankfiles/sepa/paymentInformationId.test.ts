import { isoDate } from '../../../engine/dates/isoDate';
import { fnv1a32 } from '../../messages/mime/fnv1a';
import { paymentInformationId } from './paymentInformationId';
import { isSepaIdentifier } from '../../../engine/bank/sepaText';

const DATE = isoDate('2026-12-02');

describe('paymentInformationId', () => {
  it('writes the key, the collection date and the sequence type when the key is short and clean', () => {
    expect(paymentInformationId('NIGHTLY 2026-11-30', DATE, 'FRST')).toBe('NIGHTLY 2026-11-30 2026-12-02 FRST');
    expect(paymentInformationId('NIGHTLY 2026-11-30', DATE, 'RCUR')).toBe('NIGHTLY 2026-11-30 2026-12-02 RCUR');
  });

  it('gives the same id for the same inputs, so that Reconcile can recompute it', () => {
    const key = 'A very long run identifier 2026-11-30 with ümlauts/and_underscores';
    expect(paymentInformationId(key, DATE, 'RCUR')).toBe(paymentInformationId(key, DATE, 'RCUR'));
  });

  it.each([
    ['NIGHTLY 2026-11-30'],
    ['GOLD_1 2027-01-05'],
    ['MEMBERSHIP RENEWALS OF THE GOLF CLUB 2026-11-30'],
    ['Zoë’s run / 2026-11-30'],
    ['/leading and trailing/'],
    ['   '],
    [''],
    ['x'.repeat(500)],
  ])('is a SEPA identifier of at most 35 characters when the key is %j', (key) => {
    for (const seq of ['FRST', 'RCUR'] as const) {
      const id = paymentInformationId(key, DATE, seq);
      expect(id.length).toBeLessThanOrEqual(35);
      expect(isSepaIdentifier(id)).toBe(true);
      expect(id).not.toMatch(/^[ /]|[ /]$|\/\/| {2}/);
    }
  });

  it('keeps the readable start of a long key and adds a hash of the whole key when the key is too long', () => {
    const key = 'MEMBERSHIP RENEWALS 2026-11-30';
    expect(paymentInformationId(key, DATE, 'RCUR')).toBe(`MEMBERSHIP ${fnv1a32(key).toString(36).padStart(7, '0')} 2026-12-02 RCUR`);
  });

  it('differs for two long keys that share their first 35 characters', () => {
    const prefix = 'NIGHTLY RENEWALS OF THE GOLF CLUB RUN ';
    const a = paymentInformationId(`${prefix}2026-11-30`, DATE, 'FRST');
    const b = paymentInformationId(`${prefix}2026-12-01`, DATE, 'FRST');
    expect(a).not.toBe(b);
  });

  it('differs for two keys that differ only in a character outside the SEPA set', () => {
    expect(paymentInformationId('GOLD_1 2027-01-05', DATE, 'FRST')).not.toBe(paymentInformationId('GOLD-1 2027-01-05', DATE, 'FRST'));
  });

  it('differs by collection date and by sequence type', () => {
    const ids = new Set([
      paymentInformationId('NIGHTLY', DATE, 'FRST'),
      paymentInformationId('NIGHTLY', DATE, 'RCUR'),
      paymentInformationId('NIGHTLY', isoDate('2026-12-03'), 'FRST'),
    ]);
    expect(ids.size).toBe(3);
  });
});
