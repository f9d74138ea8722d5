import { relsPathOf, resolveTarget } from './partPaths';

describe('relsPathOf', () => {
  it.each([
    ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'],
    ['wtf/workbook.xml', 'wtf/_rels/workbook.xml.rels'],
    ['', '_rels/.rels'],
  ])('%j → %j', (part, rels) => expect(relsPathOf(part)).toBe(rels));
});

describe('resolveTarget', () => {
  it.each([
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', '/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/worksheets/sheet1.xml', '../drawings/drawing1.xml', 'xl/drawings/drawing1.xml'],
    ['xl/workbook.xml', './worksheets//sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', 'worksheets\\sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', 'my%20sheet.xml', 'xl/my sheet.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/workbook.xml', '../../up.xml', null],
  ])('from %j, %j → %j', (source, target, part) => expect(resolveTarget(source, target)).toBe(part));
});
