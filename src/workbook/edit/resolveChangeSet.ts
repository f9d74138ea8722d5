import type { ChangeSet, ChangeValue, TargetSheet } from '../../engine/apply/changeSet';
import type { OutputCell } from '../outputGrid';
import { collectionsSheet } from '../bankfiles/ledger/collectionsSheet';
import { applicationsSheet } from '../schema/applicationsSheet';
import { invoicesSheet } from '../schema/invoicesSheet';
import { membersSheet } from '../schema/membersSheet';
import { paymentsSheet } from '../settlements/paymentsSheet';
import { runsSheet } from '../schema/runsSheet';
import type { WorkbookGrids } from '../sheetGrid';
import type { JournaledWrite } from './cellWrite';
import { SheetCursor } from './sheetCursor';

/** The header row a sheet gets when posting has to create it (SPEC §2: Invoices "created on first post if absent"). */
const NEW_SHEET_HEADERS: Record<TargetSheet, readonly string[]> = {
  Members: Object.values(membersSheet.columns).map((c) => c.header),
  Invoices: Object.values(invoicesSheet.columns).map((c) => c.header),
  Applications: Object.values(applicationsSheet.columns).map((c) => c.header),
  Runs: Object.values(runsSheet.columns).map((c) => c.header),
  'Run Log': [],
  Payments: Object.values(paymentsSheet.columns).map((c) => c.header),
  Collections: Object.values(collectionsSheet.columns).map((c) => c.header),
};

/**
 * Turns a change set into cell writes at the workbook's real positions, each with the value
 * the cell held before — the Journal's lines. Columns are found by header as the sheet spells
 * them; extra columns are never touched; missing columns and sheets are added (their header
 * cells are writes too). Appends go after the last non-empty row.
 *
 * @example
 * resolveChangeSet({ updates: [{ sheet: 'Invoices', row: 7, values: { 'Notices Sent': 2 } }], appends: [] }, grids)
 * // → [{ sheet: 'invoices', row: 7, column: 13, value: 2, previous: 1 }]
 */
export function resolveChangeSet(changes: ChangeSet, book: WorkbookGrids): JournaledWrite[] {
  const cursors = new Map<TargetSheet, SheetCursor>();
  const cursor = (sheet: TargetSheet) => {
    let c = cursors.get(sheet);
    if (!c) cursors.set(sheet, (c = new SheetCursor(book, sheet, NEW_SHEET_HEADERS[sheet])));
    return c;
  };
  const writes: JournaledWrite[] = [];
  // `for … in` over the values: they are plain records, and it needs no [header, value] pair
  // per cell as Object.entries does (a post of 100k members writes over 100k cells).
  for (const update of changes.updates) {
    const c = cursor(update.sheet);
    for (const header in update.values) {
      const column = c.column(header);
      writes.push({ sheet: c.name, row: update.row, column, value: toOutput(update.values[header]), previous: c.cell(update.row, column) });
    }
  }
  for (const append of changes.appends) {
    const c = cursor(append.sheet);
    const row = c.appendRow();
    for (const header in append.values) {
      const value = append.values[header];
      if (value === null) continue;
      const column = c.column(header);
      writes.push({ sheet: c.name, row, column, value: toOutput(value), previous: c.cell(row, column) });
    }
  }
  const headerWrites: JournaledWrite[] = [];
  for (const c of cursors.values()) headerWrites.push(...c.headerWrites);
  // Usually every column exists: then the writes are returned as they are, not copied.
  return headerWrites.length === 0 ? writes : headerWrites.concat(writes);
}

function toOutput(value: ChangeValue): OutputCell {
  return value;
}
