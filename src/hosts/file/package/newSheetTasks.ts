import { CHUNK_BYTES, ChunkDeflater } from './chunkDeflater';
import { newSheetXml, writeNewSheetXml, type NewSheetContent } from './newSheetXml';
import type { ResolvedCodecs } from './packageCodecs';
import type { PackageEntry } from './packageModel';
import type { StylesEditor } from './stylesEditor';

/** A sheet the product creates, to be laid out as the part `name`. */
export interface NewSheetTask {
  kind: 'newSheet';
  name: string;
  sheet: NewSheetContent;
  styles: StylesEditor;
  date1904: boolean;
  namespace: string;
}

/**
 * The new sheet's part laid out whole in one buffer (deflated later with the other parts).
 *
 * @example
 * newSheetWhole(task).kind // → 'new'
 */
export function newSheetWhole(task: NewSheetTask): PackageEntry {
  return { kind: 'new', name: task.name, content: newSheetXml(task.sheet, task.styles, task.date1904, task.namespace) };
}

/**
 * The new sheet's part laid out in chunks of about 2 MB, each deflated on the thread pool (the
 * codecs' `deflateStream`) while the next rows are laid out: the deflating of a 163 MB preview
 * (1,000,000 memberships) overlaps its layout instead of following it, and the part never
 * exists whole. Between chunks the layout lets the event loop run (so zlib can be handed the
 * next chunk), and waits while its buffers are all being deflated ({@link ChunkDeflater}). Without a
 * streaming deflate, {@link newSheetWhole}.
 *
 * @example
 * const entry = await newSheetStreamed(task, resolveCodecs(nodeCodecs()));
 */
export async function newSheetStreamed(task: NewSheetTask, codecs: ResolvedCodecs): Promise<PackageEntry> {
  const startDeflate = codecs.deflateStream;
  if (!startDeflate) return newSheetWhole(task);
  const out = new ChunkDeflater(codecs, startDeflate);
  try {
    const layout = writeNewSheetXml(task.sheet, task.styles, task.date1904, task.namespace, out.sink, CHUNK_BYTES);
    while (!layout.next().done) {
      await out.room();
      out.hand();
      // Let zlib's completions run, so the deflater is handed this chunk now, not at the end.
      await out.tick();
    }
  } catch (e) {
    out.abort();
    throw e;
  }
  return out.end(task.name);
}
