import { headerKey } from '../../workbook/schema/headerKey';
import { fieldKey } from './fieldKey';

describe('fieldKey', () => {
  it.each([['Due Date'], [' due_date '], ['DUE-DATE'], ['Term\u00a0Start'], ['Invoice ID']])('compares %p like a header when it has spaces, _ or -', (text) => {
    expect(fieldKey(text)).toBe(headerKey(text));
  });
});
