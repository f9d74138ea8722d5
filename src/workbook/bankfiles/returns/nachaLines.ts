// A record type digit and at least the columns up to a trace number: real files cut trailing
// blanks (a 91-character Fiserv header), so a record is 80 to 100 characters rather than exactly 94.
const RECORD = /^[1-9].{79,99}$/;
const FILE_HEADER = /^1\d{2}[ \d]/;
const BATCH_OR_ENTRY = /^[56]/;

/**
 * The non-blank lines of a NACHA file, whatever its line ends (LF, CRLF, CR).
 *
 * @example
 * nachaLines('101 …\r\n5200…\r\n\r\n') // → ['101 …', '5200…']
 */
export function nachaLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
}

/**
 * Whether text is a NACHA file, by content: every line is a record of 80–100 characters starting
 * with a type digit, and either the first is a file header (`1`) or some line is a batch header
 * or an entry (`5`, `6`), so that a fragment without header or controls still counts while a CSV
 * whose first cell is a number does not.
 *
 * @example
 * looksLikeNacha('id,amount\n1,20') // → false
 */
export function looksLikeNacha(text: string): boolean {
  const lines = nachaLines(text.replace(/^\ufeff/, ''));
  if (lines.length === 0 || !lines.every((line) => RECORD.test(line))) return false;
  return FILE_HEADER.test(lines[0]) || lines.some((line) => BATCH_OR_ENTRY.test(line));
}
