// A record type digit and up to 100 characters: real files cut trailing blanks (a 91-character
// Fiserv header; a file control's 39 reserved blanks), so only the records that end in a trace
// or an ODFI number (batch headers, entries) are sure to be near 94 characters.
const RECORD = /^[1-9].{39,99}$/;
const FILE_HEADER = /^1\d{2}[ \d].{75,}$/;
const BATCH_OR_ENTRY = /^[56].{86,99}$/;

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
 * Whether text is a NACHA file, by content: every line is a record of 40–100 characters starting
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
