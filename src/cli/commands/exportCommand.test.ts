import { UsageError } from '../cliErrors';
import { parseExportFormat } from './exportCommand';

describe('parseExportFormat', () => {
  it.each([
    [undefined, 'csv'],
    ['csv', 'csv'],
    ['xlsx', 'xlsx'],
    ['XLSX', 'xlsx'],
    ['sepa', 'sepa'],
    [' NACHA ', 'nacha'],
  ] as const)('reads %p as %p', (text, format) => {
    expect(parseExportFormat(text)).toBe(format);
  });

  it.each(['pdf', 'xls', '', 'csv,xlsx'])('is a usage error when the format is %p', (text) => {
    expect(() => parseExportFormat(text)).toThrow(UsageError);
  });
});
