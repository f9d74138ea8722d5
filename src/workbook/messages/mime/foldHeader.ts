/** RFC 5322 §2.1.1: lines SHOULD be at most 78 characters, without the CRLF. */
const FOLD_AT = 78;

/**
 * One header field, `Name: word word…`, folded (RFC 5322 §2.2.3) before a word that would take
 * its line past 78 characters, and ending in CRLF. Words are never cut: callers hand over words
 * short enough to fit (encoded-words, parameters); a longer word (a very long Message-ID) keeps
 * its own line, still far under the 998-octet limit.
 *
 * @example
 * foldHeader('Subject', ['Renewal', 'invoice']); // 'Subject: Renewal invoice\r\n'
 */
export function foldHeader(name: string, words: readonly string[]): string {
  let out = `${name}:`;
  let lineLength = out.length;
  for (const word of words) {
    // Folding puts CRLF before the space that separates two words, so unfolding (removing the
    // CRLF) gives back exactly one space, as written.
    if (lineLength + 1 + word.length > FOLD_AT && lineLength > name.length + 1) {
      out += '\r\n';
      lineLength = 0;
    }
    out += ` ${word}`;
    lineLength += 1 + word.length;
  }
  return `${out}\r\n`;
}
