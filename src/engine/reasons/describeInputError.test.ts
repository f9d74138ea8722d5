import { describeInputError } from './describeInputError';

describe('describeInputError', () => {
  it('names the sheet, the row Excel shows and the column as written, then the message', () => {
    expect(describeInputError({ sheet: 'members', row: 12, column: 'Paid Through', message: 'Paid Through is required but blank' })).toBe(
      'members row 12, Paid Through: Paid Through is required but blank',
    );
  });
});
