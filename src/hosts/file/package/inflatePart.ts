import { Inflate } from 'fflate';
import { bytesOf, chunksOf, piecesOf } from './byteSource';
import type { InflateBudget } from './inflateBudget';
import { PORTABLE_CODECS, type ResolvedCodecs } from './packageCodecs';
import type { StoredEntry } from './packageModel';
import { corruptWorkbook } from './packageRefusals';

/** Compressed bytes handed to the inflater per step: at deflate's best ratio (1,032:1) one step yields at most 66 MB, so a bomb is stopped early (16 KiB steps were measured 1.5–2× slower: fflate grows its buffers per step). */
const STEP = 64 * 1024;

/**
 * The content of one zip entry, inflated with fflate's streaming `Inflate` in 64 KiB steps.
 * Every output chunk is charged to `budget` and checked against the entry's declared size as
 * it arrives, so neither a lying size nor a zip bomb ever makes it allocate more than the
 * declared size (itself within the budget): a part inflating past its declared size is
 * corrupt, past the budget too large. The CRC-32 is checked (a few ms per MB, small beside
 * inflating), so a damaged part is refused instead of read as wrong values.
 *
 * With a whole-part inflater in `codecs` (Node's zlib: `nodeCodecs()`), the part is inflated in
 * one call bounded by its declared size, itself already charged against the budget: a stream
 * producing more is refused as corrupt before anything past the declared size is allocated, as
 * in the streaming path. The CRC is checked either way (zlib validates the deflate stream, not
 * the bytes it yields; native CRC-32 costs ~10 ms on a 48 MB sheet).
 *
 * @example
 * const xml = new TextDecoder().decode(inflatePart(entries.get('xl/workbook.xml')!, budget));
 */
export function inflatePart(entry: StoredEntry, budget: InflateBudget, codecs: ResolvedCodecs = PORTABLE_CODECS): Uint8Array {
  if (entry.size > budget.remaining) budget.charge(entry.size);
  if (entry.method !== 0 && codecs.inflate) return inflateWhole(entry, budget, codecs);
  const { crc32 } = codecs;
  const out = new Uint8Array(entry.size);
  let written = 0;
  let crc = 0;
  const take = (chunk: Uint8Array): void => {
    if (written + chunk.length > out.length) throw corruptWorkbook(`part ${entry.name} inflates beyond the size its zip entry declares`);
    budget.charge(chunk.length);
    out.set(chunk, written);
    crc = crc32(crc, chunk);
    written += chunk.length;
  };
  if (entry.method === 0) {
    for (const chunk of piecesOf(entry.data)) take(chunk);
  } else {
    const inflater = new Inflate();
    inflater.ondata = (chunk) => take(chunk);
    try {
      let at = 0;
      for (const chunk of chunksOf(entry.data, STEP)) inflater.push(chunk, (at += chunk.length) >= entry.data.length);
      if (entry.data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (e) {
      if (e instanceof Error && e.name === 'Refusal') throw e;
      throw corruptWorkbook(`part ${entry.name} cannot be inflated: ${(e as Error).message}`);
    }
  }
  if (written !== entry.size) throw corruptWorkbook(`part ${entry.name} is shorter than its zip entry declares`);
  if (crc !== entry.crc32) throw corruptWorkbook(`part ${entry.name} fails its CRC check`);
  return out;
}

/** The part inflated in one call by the host's inflater, bounded by its declared size. */
function inflateWhole(entry: StoredEntry, budget: InflateBudget, codecs: ResolvedCodecs): Uint8Array {
  let out: Uint8Array;
  try {
    out = codecs.inflate!(bytesOf(entry.data), entry.size);
  } catch (e) {
    // By name: a RangeError from another realm (Node's core, a test VM) is no `instanceof` ours.
    if ((e as Error).name === 'RangeError') throw corruptWorkbook(`part ${entry.name} inflates beyond the size its zip entry declares`);
    throw corruptWorkbook(`part ${entry.name} cannot be inflated: ${(e as Error).message}`);
  }
  budget.charge(out.length);
  if (out.length > entry.size) throw corruptWorkbook(`part ${entry.name} inflates beyond the size its zip entry declares`);
  if (out.length < entry.size) throw corruptWorkbook(`part ${entry.name} is shorter than its zip entry declares`);
  if (codecs.crc32(0, out) !== entry.crc32) throw corruptWorkbook(`part ${entry.name} fails its CRC check`);
  return out;
}
