import { cellWords, changeWords } from './changeWords';

describe('changeWords', () => {
  it('says what applying will write, before Apply', () => {
    expect(changeWords({ payments: 2, appliedTotals: { USD: 120, EUR: 90 }, cellsChanged: 48 }, false)).toBe(
      'Adds 2 payments ($120.00 and €90.00) to the Payments sheet; 48 cells in the workbook will change.',
    );
  });

  it('says what was written, after Apply', () => {
    expect(changeWords({ payments: 1, appliedTotals: { USD: 120 }, cellsChanged: 1 }, true)).toBe(
      'Added 1 payment ($120.00) to the Payments sheet; 1 cell in the workbook changed.',
    );
  });

  it('says when no payment is added (failures recorded only)', () => {
    expect(changeWords({ payments: 0, appliedTotals: {}, cellsChanged: 3 }, false)).toBe('No payment to add; 3 cells in the workbook will change.');
  });

  it('words cells as a coordinator reads them, never "48 cells changed"', () => {
    expect(cellWords(1_048, false)).toBe('1,048 cells in the workbook will change');
    expect(cellWords(48, true)).toBe('48 cells in the workbook changed');
  });
});
