import { isoDate } from '../../../engine/dates/isoDate';
import type { OutputCell } from '../../../workbook/outputGrid';
import { packageNamespaces } from './namespaces';
import { addNewSheetStyles, newSheetXml, type NewSheetContent } from './newSheetXml';
import { minimalStylesXml, StylesEditor } from './stylesEditor';

const NS = packageNamespaces(false).main;
const day = { date: isoDate('2026-11-21') };
const content = (rows: OutputCell[][]): NewSheetContent => ({ rows, tableRows: rows.length, tableColumns: 2 });

describe('addNewSheetStyles', () => {
  it.each([
    [
      'no date anywhere',
      [
        ['Key', 'Amount'],
        ['K1', 12.5],
      ],
    ],
    [
      'a date below the header',
      [
        ['Key', 'Due'],
        ['K1', null],
        ['K2', day],
      ],
    ],
    [
      'a date in the header only',
      [
        ['Key', day],
        ['K1', 'x'],
      ],
    ],
    [
      'dates in the header and below it',
      [
        [day, 'Due'],
        [null, day],
      ],
    ],
    [
      'an empty first row',
      [
        [null, null],
        ['K1', day],
      ],
    ],
    ['a header and no rows', [['Key', 'Due']]],
  ])('adds exactly the styles laying out the sheet adds, so the layout then adds none: %s', (_, rows) => {
    const laidOut = new StylesEditor(minimalStylesXml(NS));
    const bytes = newSheetXml(content(rows), laidOut, false, NS);

    const first = new StylesEditor(minimalStylesXml(NS));
    addNewSheetStyles(content(rows), first);
    const added = first.text;
    expect(added).toBe(laidOut.text);
    expect(newSheetXml(content(rows), first, false, NS)).toEqual(bytes);
    expect(first.text).toBe(added);
  });
});
