import type { RunDefinition } from '../engine/model/run';
import { buildPreview, type Preview } from '../workbook/preview/buildPreview';
import { readPreviewSheet } from '../workbook/preview/readPreviewSheet';
import type { OpenedBook } from './openBook';
import { previewRowOf } from './previewRowOf';
import { Refusal } from './refusal';

/** One Include switched on or off on top of what the preview sheet says. */
export interface IncludeChange {
  key: string;
  included: boolean;
}

/**
 * The run's preview as its sheet holds it now — planned again as of the sheet's date with the
 * staff's exclusions (and `change` on top, when given) — or null when the run has no preview
 * sheet. Writes nothing.
 *
 * @example
 * currentPreview(book, run)?.plan.asOf // → the date the run was previewed as of
 */
export function currentPreview(book: OpenedBook, run: RunDefinition, change?: IncludeChange): Preview | null {
  const reading = readPreviewSheet(book.grids, run.id);
  if (!reading.ok) return null;
  const excludedKeys = new Set(reading.review.excludedKeys);
  if (change?.included) excludedKeys.delete(change.key);
  else if (change) excludedKeys.add(change.key);
  return buildPreview({ grids: book.grids, read: book.read, run, asOf: reading.review.asOf, excludedKeys });
}

/**
 * Sets one item's Include cell on the preview sheet (found by Key: staff may sort) and returns
 * the preview with it. Refuses (`NOT_PREVIEWED`) when the item is not on the sheet any more.
 *
 * @example
 * const preview = await setIncluded(book, run, 'renew:M7', false);
 */
export async function setIncluded(book: OpenedBook, run: RunDefinition, key: string, included: boolean): Promise<Preview> {
  const where = previewRowOf(book.grids, run.id, key);
  if (!where) throw new Refusal('NOT_PREVIEWED', `Item ${key} is not on the preview sheet any more: refresh the preview.`);
  await book.host.writeCells([{ sheet: where.sheet, row: where.row, column: where.includeColumn, value: included ? 'Yes' : 'No' }]);
  // Only that Include cell changed: plan from the read already made, not a second full read.
  return currentPreview(book, run, { key, included }) as Preview;
}

/**
 * Selects the item's row on the preview sheet (the Office host shows it; the file host ignores
 * it). Nothing happens when the item is not there.
 *
 * @example
 * await selectItem(book, run, 'renew:M7');
 */
export async function selectItem(book: OpenedBook, run: RunDefinition, key: string): Promise<void> {
  const where = previewRowOf(book.grids, run.id, key);
  if (where) await book.host.selectRow(where.sheet, where.row, where.columns);
}
