import { dateToSerial } from '../../../workbook/cells/excelSerial';
import { isDateCell, OutputCell } from '../../../workbook/outputGrid';
import { numberText } from './numberText';
import { escapeCellText } from './xmlText';

/**
 * One `<c>` element for a written value: text inline (`t="inlineStr"`, so the shared-string
 * table stays untouched), numbers and date serials in `<v>`, booleans `t="b"`, `null` a cell
 * with its style and no value. `style` 0 is left out (the default). The prefix is the
 * namespace prefix the sheet uses for its elements (`''` almost always).
 *
 * @example
 * cellXml('B2', 3, 'Yes', false) // → '<c r="B2" s="3" t="inlineStr"><is><t>Yes</t></is></c>'
 * cellXml('C2', 0, 12.5, false)  // → '<c r="C2"><v>12.5</v></c>'
 */
export function cellXml(ref: string, style: number, value: OutputCell, date1904: boolean, prefix = ''): string {
  const open = `<${prefix}c r="${ref}"${style ? ` s="${style}"` : ''}`;
  if (value === null) return `${open}/>`;
  if (typeof value === 'string') {
    // xml:space="preserve" only where whitespace would otherwise be trimmed: it is a fifth of a short cell.
    const space = /^\s|\s$|[\t\n]/.test(value) ? ' xml:space="preserve"' : '';
    return `${open} t="inlineStr"><${prefix}is><${prefix}t${space}>${escapeCellText(value)}</${prefix}t></${prefix}is></${prefix}c>`;
  }
  if (typeof value === 'boolean') return `${open} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`;
  const number = isDateCell(value) ? dateToSerial(value.date, date1904) : value;
  return `${open}><${prefix}v>${numberText(number)}</${prefix}v></${prefix}c>`;
}
