import type { DeliveryTools } from '../app/deliver/deliveryTools';
import { messageTools } from '../app/deliver/messageTools';
import type { OpenedBook } from '../app/openBook';
import { createDocumentRenderer } from '../documents/documentRenderer';
import type { RunDefinition } from '../engine/model/run';
import { loadDocumentFonts } from '../hosts/file/documentFonts';
import { messageContext } from '../workbook/messages/messageContext';

/**
 * The delivery tools of a book in the CLI: its run's templates merged through one message
 * context, the PDFs drawn with the DejaVu fonts of the package, messages composed as RFC 5322
 * bytes (see app/deliver/messageTools, shared with the task pane); `parts` says where emails and
 * letters go and how the log is kept.
 *
 * @example
 * const tools = await deliveryToolsOf(book, run, { email: outboxChannel(dir), letters: null, log: (e) => writer.append(e) });
 */
export async function deliveryToolsOf(book: OpenedBook, run: RunDefinition, parts: Pick<DeliveryTools, 'email' | 'letters' | 'log'>): Promise<DeliveryTools> {
  const documents = createDocumentRenderer(await loadDocumentFonts());
  return { ...messageTools(messageContext(book.grids, book.read, run), documents), ...parts };
}
