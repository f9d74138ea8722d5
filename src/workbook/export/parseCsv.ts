import { UTF8_BOM } from './batchCsv';

/**
 * The rows of CSV text as RFC 4180 writes them (what `batchCsv` makes): a leading byte order
 * mark dropped, fields split on commas, quoted fields unquoted with `""` as one `"`, lines
 * ended by CRLF or LF (inside quotes a line end is part of the field). Fields are returned as
 * written — a neutralised `'=1+1` keeps its quote. The last line end makes no empty row.
 *
 * @example
 * parseCsv('\uFEFFMember ID,Name\r\nM1,"Lee, Ann"\r\n') // → [['Member ID', 'Name'], ['M1', 'Lee, Ann']]
 */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(UTF8_BOM) ? text.slice(UTF8_BOM.length) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < body.length) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && body[i + 1] === '\n') {
      endRow();
      i++;
    } else if (ch === '\n') endRow();
    else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
