import { isDateFormat } from './dateFormats';
import { minimalStylesXml, StylesEditor } from './stylesEditor';

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00 &quot;USD&quot;"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><color rgb="FFFF0000"/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1">' +
  '<alignment horizontal="center"/></xf><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

describe('StylesEditor', () => {
  it('keeps a style that already shows dates, and changes nothing', () => {
    const styles = new StylesEditor(STYLES);
    expect(styles.dateStyleFor(2)).toBe(2);
    expect(styles.changed).toBe(false);
    expect(styles.text).toBe(STYLES);
  });

  it('adds a yyyy-mm-dd format once and a date copy of each source style once', () => {
    const styles = new StylesEditor(STYLES);
    expect(styles.dateStyleFor(1)).toBe(3);
    expect(styles.dateStyleFor(1)).toBe(3);
    expect(styles.dateStyleFor(0)).toBe(4);
    expect(styles.text).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.00 &quot;USD&quot;"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>',
    );
    expect(styles.text).toContain(
      '<xf numFmtId="165" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
    );
    expect(styles.text).toContain('<cellXfs count="5">');
    expect(styles.isDateStyle(4)).toBe(true);
  });

  it('creates <numFmts> first in the style sheet when there is none', () => {
    const styles = new StylesEditor(minimalStylesXml('urn:x'));
    styles.dateStyleFor(0);
    expect(styles.text).toMatch(/<styleSheet xmlns="urn:x"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"\/><\/numFmts><fonts/);
  });

  it('adds a bold copy of the default font and a header style, once', () => {
    const styles = new StylesEditor(STYLES);
    expect(styles.boldHeaderStyle()).toBe(3);
    expect(styles.boldHeaderStyle()).toBe(3);
    expect(styles.text).toContain('<fonts count="3">');
    expect(styles.text).toContain('<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>');
    expect(styles.text).toContain('<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>');
  });

  it('writes into a prefixed style sheet with its prefix', () => {
    const prefixed = STYLES.replace(/<(\/?)(?=[a-zA-Z])/g, '<$1x:').replace('<x:styleSheet xmlns=', '<x:styleSheet xmlns:x=');
    const styles = new StylesEditor(prefixed);
    expect(styles.dateStyleFor(0)).toBe(3);
    expect(styles.text).toContain('<x:numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></x:numFmts>');
    expect(styles.text).toContain('<x:cellXfs count="4">');
  });
});

describe('isDateFormat', () => {
  it.each([
    [14, undefined, true],
    [22, undefined, true],
    [20, undefined, false],
    [0, undefined, false],
    [164, 'dd/mm/yyyy', true],
    [164, '[$-409]d-mmm-yy;@', true],
    [164, '0.00 "USD"', false],
    [164, '0.00 "days"', false],
    [164, 'h:mm:ss', false],
    [164, '[Red]0.00', false],
  ])('format %p %p shows a date: %p', (id, code, expected) => {
    expect(isDateFormat(id, code)).toBe(expected);
  });
});
