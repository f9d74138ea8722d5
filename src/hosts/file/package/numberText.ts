/**
 * A number as a cell's `<v>`: the shortest text that reads back as the same double
 * (JavaScript's own), with the exponent written as Excel writes it (`1E-7`, `1.5E+21`) rather
 * than JavaScript's lower-case form. Not finite numbers have no cell value: a programming error.
 *
 * @example
 * numberText(0.1)    // → '0.1'
 * numberText(1e21)   // → '1E+21'
 * numberText(-0)     // → '0'
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written to a cell`);
  const text = String(value);
  return text.includes('e') ? text.replace('e', 'E') : text;
}
