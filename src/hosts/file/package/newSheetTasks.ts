import { newSheetXml, writeNewSheetXml, type NewSheetContent } from './newSheetXml';
import type { ResolvedCodecs } from './packageCodecs';
import type { PackageEntry } from './packageModel';
import type { StylesEditor } from './stylesEditor';
import { Utf8Sink } from './utf8Sink';
import { deflatedEntry } from './writeZip';

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

/** Bytes of a new sheet handed to the deflater at a time. */
const CHUNK_BYTES = 1 << 21;
/** Buffers of a streamed sheet that may be with the deflater at once; past that the layout waits. */
const BUFFERS = 4;

/**
 * The new sheet's part laid out in chunks of about 2 MB, each deflated on the thread pool (the
 * codecs' `deflateStream`) while the next rows are laid out: the deflating of a 163 MB preview
 * (1,000,000 memberships) overlaps its layout instead of following it, and the part never
 * exists whole. Between chunks the layout lets the event loop run (so zlib can be handed the
 * next chunk), and waits while {@link BUFFERS} chunks are still being deflated. Without a
 * streaming deflate, {@link newSheetWhole}.
 *
 * @example
 * const entry = await newSheetStreamed(task, resolveCodecs(nodeCodecs()));
 */
export async function newSheetStreamed(task: NewSheetTask, codecs: ResolvedCodecs): Promise<PackageEntry> {
  const startDeflate = codecs.deflateStream;
  if (!startDeflate) return newSheetWhole(task);
  const deflater = startDeflate();
  const free: Uint8Array[] = [];
  let made = 1;
  let wake: (() => void) | null = null;
  let crc = 0;
  let size = 0;
  const hand = (bytes: Uint8Array): void => {
    crc = codecs.crc32(crc, bytes);
    size += bytes.length;
    deflater.write(bytes, () => {
      free.push(new Uint8Array(bytes.buffer));
      wake?.();
      wake = null;
    });
  };
  const sink = new Utf8Sink(CHUNK_BYTES + (1 << 16));
  try {
    const layout = writeNewSheetXml(task.sheet, task.styles, task.date1904, task.namespace, sink, CHUNK_BYTES);
    while (!layout.next().done) {
      if (free.length === 0 && made >= BUFFERS) await new Promise<void>((resolve) => (wake = resolve));
      const next = free.pop() ?? (made++, new Uint8Array(CHUNK_BYTES + (1 << 16)));
      hand(sink.swap(next));
      // Let zlib's completions run, so the deflater is handed this chunk now, not at the end.
      await deflater.tick();
    }
    hand(sink.bytes());
  } catch (e) {
    deflater.abort();
    throw e;
  }
  return deflatedEntry(task.name, await deflater.end(), crc, size);
}
