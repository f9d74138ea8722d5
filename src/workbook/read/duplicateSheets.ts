import { headerKey } from '../schema/headerKey';
import type { WorkbookGrids } from '../sheetGrid';
import type { MissingInput } from './missingInput';

/**
 * Sheets of §2 that two or more sheets of the workbook match (`Members` and `MEMBERS`: names
 * are compared like headers), one problem per sheet naming every match (SPEC §8). They stop the
 * command like a missing sheet: reading either one silently would plan on the wrong data. In the
 * workbook layer, so every host (file, Office, web) refuses alike.
 *
 * @example
 * duplicateSheets(book, ['Members']) // → [{ sheet: 'Members', column: null, message: "Sheets 'Members' and 'MEMBERS' both match sheet Members: rename or delete one" }]
 */
export function duplicateSheets(book: WorkbookGrids, names: readonly string[]): MissingInput[] {
  const problems: MissingInput[] = [];
  for (const name of names) {
    const key = headerKey(name);
    const matches = book.sheets.filter((s) => headerKey(s.name) === key).map((s) => `'${s.name}'`);
    if (matches.length < 2) continue;
    const listed = `${matches.slice(0, -1).join(', ')} and ${matches[matches.length - 1]}`;
    const verb = matches.length === 2 ? 'both match' : 'all match';
    problems.push({ sheet: name, column: null, message: `Sheets ${listed} ${verb} sheet ${name}: rename or delete one` });
  }
  return problems;
}
