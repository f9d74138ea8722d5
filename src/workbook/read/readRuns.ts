import { nameKey } from '../../engine/gather/nameKey';
import type { RunDefinition } from '../../engine/model/run';
import { deriveRunId } from '../../engine/runs/deriveRunId';
import type { CellContext } from '../cells/cellParser';
import { DEFAULT_RUN_ACTIONS, runsSheet } from '../schema/runsSheet';
import type { SheetGrid } from '../sheetGrid';
import type { ReadContext } from './readContext';
import { readSheetRows } from './readSheetRows';
import { readSchedule } from './runs/readSchedule';
import type { SheetReadResult } from './sheetReadResult';

/**
 * Reads the Runs sheet (SPEC §4), one run definition a row, defaults filled in: Actions
 * `renew, notify, drop` (kept in evaluation order), Mode rolling, AutoPay all, Pre-Processing
 * Lead Days 0, Status Draft. A blank Run ID is derived from the Name ({@link deriveRunId}),
 * unique against every ID written in the sheet and every one derived before it. Two rows with
 * the same written Run ID are both kept: a setup check reports them, and staff decide.
 *
 * @example
 * readRuns(findSheet(book, 'Runs'), context)
 * // → { records: [{ row: 2, id: 'NIGHTLY', idDerived: true, name: 'Nightly', actions: ['renew', 'drop', 'notify'], … }], … }
 */
export function readRuns(grid: SheetGrid | null, context: ReadContext): SheetReadResult<RunDefinition> {
  const records: RunDefinition[] = [];
  let dayContext: CellContext | null = null;
  const reading = readSheetRows(grid, runsSheet, context, (r, sheet) => {
    if (!r.ok) return;
    const v = r.values;
    dayContext ??= { column: sheet.headers.day, date1904: context.date1904, dateOrder: context.dateOrder };
    const schedule = readSchedule(v.frequency, v.day, dayContext);
    if (!schedule.ok) {
      sheet.addError(r.row, 'day', schedule.message);
      return;
    }
    records.push({
      row: r.row,
      // A blank Run ID is derived below, once every written ID is known.
      id: v.id ?? '',
      idDerived: v.id === null,
      name: v.name,
      actions: v.actions ?? [...DEFAULT_RUN_ACTIONS],
      mode: v.mode,
      leadDays: v.leadDays,
      expiringBy: v.expiringBy,
      expiryWindowDays: v.expiryWindowDays,
      effectiveDate: v.effectiveDate,
      noticeIntervalDays: v.noticeIntervalDays,
      maxNotices: v.maxNotices,
      dropAfterDays: v.dropAfterDays,
      collectThrough: v.collectThrough,
      memberTypes: uniqueNames(v.memberTypes ?? []),
      autoPay: v.autoPay,
      useMapping: v.useMapping,
      schedule: schedule.value,
      time: v.time,
      preProcessingLeadDays: v.preProcessingLeadDays,
      templateSet: v.templateSet,
      approval: v.approval,
      paymentFile: v.paymentFile,
      alignTo: v.alignTo,
      proration: v.proration,
      billActivations: v.billActivations,
      status: v.status,
      lastAsOf: v.lastAsOf,
      lastExecutedAt: v.lastExecutedAt,
    });
  });
  // Written IDs first, so a derived ID never takes one that a later row spells out.
  const taken = new Set(records.filter((run) => !run.idDerived).map((run) => run.id));
  for (const run of records) {
    if (!run.idDerived) continue;
    run.id = deriveRunId(run.name, taken);
    taken.add(run.id);
  }
  return { records, inputErrors: reading.inputErrors, missing: reading.missing };
}

/** The names of a list without repeats (compared like names), in the order written. */
function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const name of names) {
    const key = nameKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(name);
  }
  return unique;
}
