import { parseListCell, splitList } from './parseListCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Member Types' });

describe('splitList', () => {
  it.each([
    ['Regular', ['Regular']],
    [' Regular , Student ', ['Regular', 'Student']],
    ['a,,b,', ['a', 'b']],
    [',', []],
  ])('splits %p into %p', (text, items) => {
    expect(splitList(text)).toEqual(items);
  });
});

describe('parseListCell', () => {
  it('reads comma-separated text', () => {
    expect(parseListCell('Regular, Student', context)).toEqual({ ok: true, value: ['Regular', 'Student'] });
  });

  it('reads a number as a one-item list', () => {
    expect(parseListCell(2026, context)).toEqual({ ok: true, value: ['2026'] });
  });

  it('refuses a TRUE/FALSE cell', () => {
    expect(parseListCell(true, context)).toEqual({ ok: false, message: 'Member Types TRUE is not a comma-separated list' });
  });
});
