import { BATCH_KINDS } from '../../engine/apply/batches';
import { headerKey } from '../schema/headerKey';
import { batchSheetName, MAX_SHEET_NAME_LENGTH } from './batchSheetName';

describe('batchSheetName', () => {
  it.each([
    ['invoices', 'NIGHTLY Invoices'],
    ['notices', 'NIGHTLY Notices'],
    ['drops', 'NIGHTLY Drops'],
    ['payments', 'NIGHTLY Payments'],
    ['activations', 'NIGHTLY Activations'],
  ] as const)('names the %s batch %p when the name fits', (kind, name) => {
    expect(batchSheetName('NIGHTLY', kind)).toBe(name);
  });

  it('keeps a name of exactly 31 characters as it is', () => {
    const runId = 'A'.repeat(19);
    expect(batchSheetName(runId, 'activations')).toBe(`${runId} Activations`);
    expect(batchSheetName(runId, 'activations')).toHaveLength(MAX_SHEET_NAME_LENGTH);
  });

  it('keeps a 20-character Run ID whole when its kind is short enough', () => {
    expect(batchSheetName('SPRING-2026-RENEWALS', 'invoices')).toBe('SPRING-2026-RENEWALS Invoices');
  });

  it('shortens the Run ID to its start, ~ and a two-character hash when the name would pass 31 characters', () => {
    const name = batchSheetName('SPRING-2026-RENEWALS', 'activations');
    expect(name).toHaveLength(MAX_SHEET_NAME_LENGTH);
    expect(name).toMatch(/^SPRING-2026-RENE~[0-9A-Z]{2} Activations$/);
  });

  it('keeps the shortened name stable across versions, so sheets written earlier are found again', () => {
    expect(batchSheetName('SPRING-2026-RENEWALS', 'activations')).toBe('SPRING-2026-RENE~YS Activations');
  });

  it.each(BATCH_KINDS)('never passes 31 characters for a %s batch when the Run ID is long', (kind) => {
    expect(batchSheetName('R'.repeat(40), kind).length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
  });

  it('gives two long Run IDs that differ only at the end different names when shortened', () => {
    expect(batchSheetName('SPRING-2026-RENEWAL1', 'activations')).not.toBe(batchSheetName('SPRING-2026-RENEWAL2', 'activations'));
  });

  it('finds the same sheet whatever the letter case of the Run ID when shortened', () => {
    const upper = batchSheetName('SPRING-2026-RENEWALS', 'activations');
    const lower = batchSheetName('spring-2026-renewals', 'activations');
    expect(headerKey(lower)).toBe(headerKey(upper));
  });

  it('always gives the same name for the same run and kind when called again', () => {
    expect(batchSheetName('SPRING-2026-RENEWALS', 'activations')).toBe(batchSheetName('SPRING-2026-RENEWALS', 'activations'));
  });
});
