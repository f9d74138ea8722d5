import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DocumentFonts } from '../../documents/documentRenderer';

/**
 * The fonts invoices and letters are drawn in, DejaVu Sans regular and bold from the
 * `dejavu-fonts-ttf` package, found through Node's module resolution so that it works from the
 * sources (Jest) and from the compiled CLI in lib/ alike.
 * @example
 * const renderer = createDocumentRenderer(await loadDocumentFonts());
 */
export async function loadDocumentFonts(): Promise<DocumentFonts> {
  const ttf = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const [regular, bold] = await Promise.all([readFile(join(ttf, 'DejaVuSans.ttf')), readFile(join(ttf, 'DejaVuSans-Bold.ttf'))]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}
