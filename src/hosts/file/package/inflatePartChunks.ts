import { Inflate } from 'fflate';
import { chunksOf, piecesOf, type StoredData } from './byteSource';
import type { InflateBudget } from './inflateBudget';
import { PORTABLE_CODECS, type ResolvedCodecs } from './packageCodecs';
import type { StoredEntry } from './packageModel';
import { corruptWorkbook } from './packageRefusals';

/** Compressed bytes handed to fflate per step (as in inflatePart: a bomb is stopped early). */
const STEP = 64 * 1024;

/**
 * The content of one zip entry handed to `onChunk` chunk by chunk as it is inflated, so a
 * 48 MB sheet is never held whole: with the host's `inflateChunks` (Node's zlib, inflating the
 * next chunk on another thread while `onChunk` reads this one), else fflate in 64 KiB steps.
 * The same checks as {@link inflatePart}, made as the chunks arrive: each is charged to
 * `budget` (a zip bomb is refused mid-stream: TOO_LARGE), the part may not inflate past its
 * declared size nor stop short of it, and its CRC-32 must match (CORRUPT_WORKBOOK). A chunk
 * is only valid during its `onChunk` call. An error thrown by `onChunk` ends the inflating and
 * is rethrown as it is. `onChunk` may return a promise (that never rejects) to hold the
 * inflater back until it resolves — a consumer that hands chunks on to slower work.
 *
 * @example
 * await inflatePartChunks(entry, budget, codecs, (chunk) => scanner.feed(chunk));
 */
export async function inflatePartChunks(
  entry: StoredEntry,
  budget: InflateBudget,
  codecs: ResolvedCodecs = PORTABLE_CODECS,
  onChunk: (chunk: Uint8Array) => void | Promise<void>,
): Promise<void> {
  if (entry.size > budget.remaining) budget.charge(entry.size);
  let written = 0;
  let crc = 0;
  let fromReader: unknown = null;
  const take = (chunk: Uint8Array): void | Promise<void> => {
    if (written + chunk.length > entry.size) throw corruptWorkbook(`part ${entry.name} inflates beyond the size its zip entry declares`);
    budget.charge(chunk.length);
    crc = codecs.crc32(crc, chunk);
    written += chunk.length;
    try {
      return onChunk(chunk);
    } catch (e) {
      fromReader = e;
      throw e;
    }
  };
  try {
    if (entry.method === 0) for (const chunk of piecesOf(entry.data)) await take(chunk);
    else if (codecs.inflateChunks) await codecs.inflateChunks(entry.data, entry.size, take);
    else inflateInSteps(entry.data, take);
  } catch (e) {
    if (fromReader !== null || (e instanceof Error && e.name === 'Refusal')) throw e;
    if ((e as Error).name === 'RangeError') throw corruptWorkbook(`part ${entry.name} inflates beyond the size its zip entry declares`);
    throw corruptWorkbook(`part ${entry.name} cannot be inflated: ${(e as Error).message}`);
  }
  if (written !== entry.size) throw corruptWorkbook(`part ${entry.name} is shorter than its zip entry declares`);
  if (crc !== entry.crc32) throw corruptWorkbook(`part ${entry.name} fails its CRC check`);
}

/** fflate's streaming inflate over `data`, each output chunk to `take`. */
function inflateInSteps(data: StoredData, take: (chunk: Uint8Array) => void | Promise<void>): void {
  const inflater = new Inflate();
  // On this thread there is nothing to hold back: a consumer's wait is not needed.
  inflater.ondata = (chunk) => void take(chunk);
  let at = 0;
  for (const chunk of chunksOf(data, STEP)) inflater.push(chunk, (at += chunk.length) >= data.length);
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
}
