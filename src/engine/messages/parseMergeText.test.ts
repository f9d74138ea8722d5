import { parseMergeText } from './parseMergeText';

describe('parseMergeText', () => {
  it('cuts fields out of text when they are written with or without spaces', () => {
    expect(parseMergeText('Dear {{Name}}, pay by {{ due_date }}.')).toEqual([
      'Dear ',
      { field: 'Name', key: 'name' },
      ', pay by ',
      { field: 'due_date', key: 'duedate' },
      '.',
    ]);
  });

  it.each([
    ['50% off {{ today', ['50% off {{ today']],
    ['empty {{ }} braces', ['empty {{ }} braces']],
    ['a }} alone', ['a }} alone']],
    ['', []],
    ['{{ {{Name}}', ['{{ ', { field: 'Name', key: 'name' }]],
    [
      '{{A}}{{B}}',
      [
        { field: 'A', key: 'a' },
        { field: 'B', key: 'b' },
      ],
    ],
    ['line\n{{Name}}\n', ['line\n', { field: 'Name', key: 'name' }, '\n']],
  ])('keeps %p as literal text where it is no field', (text, expected) => {
    expect(parseMergeText(text)).toEqual(expected);
  });
});
