/**
 * First characters that make a spreadsheet read a CSV field as a formula (OWASP "CSV
 * Injection"): `=`, `+`, `-`, `@`, and a tab or carriage return, which some spreadsheets skip
 * before looking at the next character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a text field against formula injection (SPEC §5): text that starts like a formula
 * gets a single quote in front, so a spreadsheet opening the CSV shows it as text instead of
 * running it. Any text qualifies — names and emails come from members and applicants — and
 * only text: numbers are formatted apart and never pass through here, so `-12.5` stays a number.
 *
 * @example
 * neutraliseFormula('=HYPERLINK("http://x")') // → `'=HYPERLINK("http://x")`
 * neutraliseFormula('Ann Lee')               // → 'Ann Lee'
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
