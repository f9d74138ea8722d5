// Reads a PDF on stdin and prints its pages as JSON: [{ width, height, lines }]. A child process
// of its own because pdf.js is an ES module, which Jest's CommonJS runtime cannot import.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), disableFontFace: true, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const [, , width, height] = page.view;
  const lines = [];
  let line = '';
  for (const item of (await page.getTextContent()).items) {
    if (!('str' in item)) continue;
    line += item.str;
    if (item.hasEOL) {
      lines.push(line);
      line = '';
    }
  }
  if (line !== '') lines.push(line);
  pages.push({ width, height, lines });
}
await pdf.destroy();
process.stdout.write(JSON.stringify(pages));
