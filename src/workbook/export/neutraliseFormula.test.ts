import { neutraliseFormula } from './neutraliseFormula';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1-2', "'+1-2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'],
  ])('prefixes a quote when the text starts like a formula: %j', (text, safe) => {
    expect(neutraliseFormula(text)).toBe(safe);
  });

  const harmless = ['Ann Lee', 'a=b', 'ann+tag@example.org', "O'Neil", '', ' =1', '12'];
  it.each(harmless)('leaves %j alone when it does not start like a formula', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});
