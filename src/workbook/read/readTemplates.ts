import { fieldKey } from '../../engine/messages/fieldKey';
import { attachesInvoiceByDefault } from '../../engine/messages/messageKind';
import type { MessageTemplate } from '../../engine/messages/messageTemplate';
import { templatesSheet } from '../schema/templatesSheet';
import type { SheetGrid } from '../sheetGrid';
import { FirstRowByKey } from './duplicateRows';
import type { ReadContext } from './readContext';
import { readSheetRows } from './readSheetRows';
import { sortByRow, type SheetReadResult } from './sheetReadResult';

/**
 * Reads the optional Templates sheet (SPEC §9) into message templates. Template Set defaults
 * to `Default`; set names are matched like headers ({@link fieldKey}: `spanish`, `Spanish`
 * and `SPAN ISH` are one set), so a duplicate (Template Set, Kind) is found however the set is
 * spelled — the later row is the input error (on its Kind), the first row is used. A Body's
 * line breaks are kept (a Windows `\r\n` reads as `\n`); Attach Invoice blank takes the kind's
 * default (Yes for `invoice`, `first`, `reminder`, `final`).
 *
 * @example
 * readTemplates(findSheet(book, 'Templates'), context)
 * // → { records: [{ set: 'Default', kind: 'reminder', subject: 'Reminder: {{Invoice ID}}', body: 'Dear {{Name}},\n…', attachInvoice: true, row: 2 }], … }
 */
export function readTemplates(grid: SheetGrid | null, context: ReadContext): SheetReadResult<MessageTemplate> {
  const records: MessageTemplate[] = [];
  const seen = new FirstRowByKey();
  const reading = readSheetRows(grid, templatesSheet, context, (r, sheet) => {
    const { set, kind } = r.values;
    if (set !== null && kind !== null) {
      const earlier = seen.claim(`${fieldKey(set)}\u0000${kind}`, r.row);
      if (earlier !== null) {
        sheet.addError(r.row, 'kind', `Template Set '${set}' already has a ${kind} template on row ${earlier}; that row is used`);
        return;
      }
    }
    if (!r.ok) return;
    records.push({
      set: r.values.set,
      kind: r.values.kind,
      subject: r.values.subject,
      body: r.values.body.replace(/\r\n?/g, '\n'),
      attachInvoice: r.values.attachInvoice ?? attachesInvoiceByDefault(r.values.kind),
      row: r.row,
    });
  });
  return { records, inputErrors: sortByRow(reading.inputErrors), missing: reading.missing };
}
