import { parseCellReference } from './cellReference';

describe('parseCellReference', () => {
  it.each([
    ['A1', { column: 1, row: 1 }],
    ['z9', { column: 26, row: 9 }],
    ['AA10', { column: 27, row: 10 }],
    ['XFD1048576', { column: 16384, row: 1048576 }],
    ['XFE1', { column: 16385, row: 1 }],
    ['B', { column: 2, row: 0 }],
    ['12', { column: 0, row: 12 }],
    ['', null],
    ['A1:B2', null],
    ['A$1', null],
  ])('%j → %j', (text, expected) => expect(parseCellReference(text)).toEqual(expected));
});
