/**
 * Splits text into printed lines: every line break of the text is kept (CR LF, CR or LF), and a
 * line wider than `maxWidth` is wrapped at spaces; a word wider than the whole line is cut
 * where it no longer fits, so nothing runs off the page. Tabs print as four spaces.
 * @example
 * wrapText('12 Quay Street\nSpringfield', 200, (s) => s.length * 5); // ['12 Quay Street', 'Springfield']
 * wrapText('aaa bbb ccc', 35, (s) => s.length * 5); // ['aaa bbb', 'ccc']
 */
export function wrapText(text: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\t/g, '    ').split(/\r\n|\r|\n/)) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (widthOf(candidate) <= maxWidth || (line === '' && word === '')) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      while (widthOf(line) > maxWidth) {
        const cut = fittingLength(line, maxWidth, widthOf);
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** How many UTF-16 units of `word` fit in `maxWidth` (at least one character, never half a surrogate pair). */
function fittingLength(word: string, maxWidth: number, widthOf: (text: string) => number): number {
  let end = 0;
  for (const char of word) {
    if (end > 0 && widthOf(word.slice(0, end + char.length)) > maxWidth) break;
    end += char.length;
  }
  return end;
}
