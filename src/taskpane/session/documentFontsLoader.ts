import type * as RendererModule from '../../documents/documentRenderer';
import type { DocumentFonts, DocumentRenderer } from '../../documents/documentRenderer';

/** Where the production build puts the DejaVu Sans files (webpack.config.js copies them), beside taskpane.html and the worker's script. */
export const DOCUMENT_FONT_FILES = { regular: 'fonts/DejaVuSans.ttf', bold: 'fonts/DejaVuSans-Bold.ttf' } as const;

/**
 * The documents' fonts fetched from the add-in's own origin (the pane's CSP allows
 * `connect-src 'self'`), relative to the running script's page — the task pane or the session
 * worker, which both sit at the root of dist/.
 *
 * @example
 * const renderer = createDocumentRenderer(await fetchDocumentFonts());
 */
export async function fetchDocumentFonts(base: string = self.location.href): Promise<DocumentFonts> {
  const load = async (file: string) => {
    const response = await fetch(new URL(file, base));
    if (!response.ok) throw new Error(`The font ${file} could not be loaded (HTTP ${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [regular, bold] = await Promise.all([load(DOCUMENT_FONT_FILES.regular), load(DOCUMENT_FONT_FILES.bold)]);
  return { regular, bold };
}

/**
 * A renderer that loads its fonts (and its code) on first use and keeps them (about 1.4 MB, parsed once per
 * session): emails without an invoice never load them. A failed load is tried again next time.
 *
 * @example
 * const documents = lazyDocumentRenderer(fetchDocumentFonts);
 */
export function lazyDocumentRenderer(load: () => Promise<DocumentFonts>): DocumentRenderer {
  let renderer: Promise<DocumentRenderer> | null = null;
  const get = (): Promise<DocumentRenderer> => {
    // pdf-lib and the font code load with the fonts (a chunk of their own in the web build), so
    // a pane that never draws a document never downloads them.
    // `as string`: see loadXlsxHost.
    const code = import(/* webpackChunkName: "documents" */ '../../documents/documentRenderer' as string) as Promise<typeof RendererModule>;
    renderer ??= Promise.all([load(), code]).then(
      ([fonts, { createDocumentRenderer }]) => createDocumentRenderer(fonts),
      (error: unknown) => {
        renderer = null;
        throw error;
      },
    );
    return renderer;
  };
  return {
    invoicePdf: async (doc, paper) => (await get()).invoicePdf(doc, paper),
    lettersPdf: async (letters, paper) => (await get()).lettersPdf(letters, paper),
  };
}
