import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

/**
 * Reads a BCP 47 language tag (`en-US`, `de`, `fr-CA`) for the `Locale` setting (SPEC §9),
 * returned in its canonical spelling (`EN-gb` → `en-GB`). A malformed tag
 * (`Intl.getCanonicalLocales` throws) and a well-formed one the JavaScript engine has no
 * formatting data for (`Intl.DateTimeFormat.supportedLocalesOf` drops it, e.g. `xx-YY`) are
 * both refused: messages would otherwise be written silently in another language.
 *
 * @example
 * parseLocaleCell('en-gb', context) // → { ok: true, value: 'en-GB' }
 * parseLocaleCell('english', context) // → { ok: false, message: "Locale 'english' is not a language tag such as en-US" }
 */
export function parseLocaleCell(cell: ValueCell, context: CellContext): CellResult<string> {
  if (typeof cell === 'string') {
    try {
      const [canonical] = Intl.getCanonicalLocales(cell.trim());
      if (
        canonical !== undefined &&
        Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0 &&
        Intl.NumberFormat.supportedLocalesOf(canonical).length > 0
      ) {
        return accept(canonical);
      }
    } catch {
      // A RangeError: not a well-formed tag. Reported below like any bad value.
    }
  }
  return reject(`${context.column} ${describeCell(cell)} is not a language tag such as en-US`);
}
