import { MESSAGE_KINDS } from '../../engine/messages/messageKind';
import { DEFAULT_TEMPLATE_SET } from '../../engine/messages/messageTemplate';
import { parseBooleanCell } from '../cells/parseBooleanCell';
import { enumCellParser } from '../cells/parseEnumCell';
import { parseTextCell } from '../cells/parseTextCell';
import { optionalColumn, requiredColumn, type SheetColumns, type SheetSpec } from './columnSpec';

/**
 * The optional Templates sheet (SPEC §9): one message template a row. A blank Attach Invoice
 * reads as `null` and takes its kind's default (`attachesInvoiceByDefault`) in the reader.
 */
export const templatesSheet = {
  name: 'Templates',
  required: false,
  columns: {
    set: optionalColumn('Template Set', parseTextCell, { whenBlank: DEFAULT_TEMPLATE_SET }),
    kind: requiredColumn('Kind', enumCellParser(MESSAGE_KINDS)),
    subject: requiredColumn('Subject', parseTextCell),
    body: requiredColumn('Body', parseTextCell),
    attachInvoice: optionalColumn('Attach Invoice', parseBooleanCell),
  },
} satisfies SheetSpec<SheetColumns>;
