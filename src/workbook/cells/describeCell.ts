import type { ValueCell } from './cellParser';

const MAX_SHOWN = 60;

/**
 * How a cell's value is quoted in an input-error message: text in single quotes (shortened
 * when long, so a pasted paragraph does not flood the error list), numbers as they are, booleans
 * the way Excel shows them, JS Dates as their ISO date.
 *
 * @example
 * describeCell(' abc ') // → "'abc'"
 * describeCell(45658)   // → '45658'
 * describeCell(true)    // → 'TRUE'
 */
export function describeCell(cell: ValueCell): string {
  if (typeof cell === 'string') {
    const text = cell.trim();
    return text.length > MAX_SHOWN ? `'${text.slice(0, MAX_SHOWN - 1)}…'` : `'${text}'`;
  }
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return Number.isNaN(cell.getTime()) ? 'an invalid date' : cell.toISOString().slice(0, 10);
}
