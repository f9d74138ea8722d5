import { BATCH_KINDS, type BatchKind } from '../../engine/apply/batches';
import { ContentHasher } from '../fingerprint/contentHasher';
import { batchSheetLabel } from './batchColumns';

/** The word each batch kind has in its sheet name (SPEC §5), from the action registry. */
export const BATCH_KIND_LABELS = Object.fromEntries(BATCH_KINDS.map((kind) => [kind, batchSheetLabel(kind)])) as {
  readonly [K in BatchKind]: string;
};

/** Excel refuses sheet names longer than 31 characters. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Characters of the hash that stands in for the cut-off end of a long Run ID. */
const HASH_LENGTH = 2;

/**
 * The name of a run's batch sheet: `<Run ID> <Kind>` (SPEC §5), used both to write the sheet
 * and to find it again.
 *
 * Excel caps sheet names at 31 characters, and a Run ID may have 20, so `<20 chars> Activations`
 * (32) does not fit. Then the Run ID part is shortened to what fits: its start, `~`, and two
 * characters of a hash of the whole (upper-cased) ID. Plain truncation would give two long IDs
 * that differ only at the end the same sheet, and a post of one would overwrite the other's
 * batch; the hash makes that a 1-in-1,296 accident instead of a certainty. Names that fit are
 * never changed. The hash must never change either: it is how a later export finds the sheet.
 *
 * @example
 * batchSheetName('NIGHTLY', 'invoices')                 // → 'NIGHTLY Invoices'
 * batchSheetName('SPRING-2026-RENEWALS', 'activations') // → 'SPRING-2026-RENE~YS Activations' (31)
 */
export function batchSheetName(runId: string, kind: BatchKind): string {
  const label = BATCH_KIND_LABELS[kind];
  const room = MAX_SHEET_NAME_LENGTH - label.length - 1;
  if (runId.length <= room) return `${runId} ${label}`;
  return `${runId.slice(0, room - HASH_LENGTH - 1)}~${shortHash(runId)} ${label}`;
}

function shortHash(runId: string): string {
  const hasher = new ContentHasher();
  // Run IDs are compared case-insensitively, and so are sheet names.
  hasher.text(runId.toUpperCase());
  const word = parseInt(hasher.digest().slice(0, 8), 16);
  return (word % 36 ** HASH_LENGTH).toString(36).padStart(HASH_LENGTH, '0').toUpperCase();
}
