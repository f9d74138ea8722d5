import { isoDate } from '../../../engine/dates/isoDate';
import { readWorkbookRecords } from '../../read/readWorkbookRecords';
import { sheet, workbook } from '../../read/testing/sheetGrids';
import type { Cell } from '../../sheetGrid';

/** The as-of date of {@link messageBook}: its member's membership ends a month later. */
export const MESSAGE_AS_OF = isoDate('2026-11-01');

/**
 * A one-member workbook for the message tests: member M-1 (Ada, an Address over two lines and
 * a Phone) on Annual (EUR), an open invoice INV-000007 due 2026-11-15, a run that renews and
 * notifies, the given Templates rows and extra Settings rows.
 *
 * @example
 * const { grids, read, run } = messageBook({ templates: [['reminder', 'Hi {{Name}}', 'Body']] });
 */
export function messageBook(options: { templates?: Cell[][]; settings?: Cell[][]; name?: string } = {}) {
  const grids = workbook([
    sheet('Members', [
      ['Member ID', 'Name', 'Email', 'Status', 'Product', 'Start Date', 'End Date', 'Address', 'Phone', 'Joined Date'],
      [
        'M-1',
        options.name ?? 'Ada Lovelace',
        'ada@example.org',
        'Active',
        'Annual',
        '2025-12-01',
        '2026-11-30',
        '1 River Lane\nSpringfield',
        '555-0101',
        45000,
      ],
    ]),
    sheet('Products', [
      ['Product', 'Price', 'Currency'],
      ['Annual', 120, 'EUR'],
    ]),
    sheet('Invoices', [
      ['Invoice ID', 'Membership ID', 'Bill Date', 'Due Date', 'Term Start', 'Term End', 'Product', 'Amount', 'Balance', 'Status'],
      ['INV-000007', 'M-1', '2026-10-01', '2026-10-15', '2025-12-01', '2026-11-30', 'Annual', 120, 80, 'Open'],
    ]),
    sheet('Runs', [
      ['Run ID', 'Name', 'Actions', 'Lead Days', 'Notice Interval Days'],
      ['NIGHTLY', 'Nightly', 'renew, notify', 60, 7],
    ]),
    sheet('Settings', [['Setting', 'Value'], ['Locale', 'en-GB'], ['Organisation Name', 'Riverside Swim Club'], ...(options.settings ?? [])]),
    ...(options.templates ? [sheet('Templates', [['Kind', 'Subject', 'Body'], ...options.templates])] : []),
  ]);
  const read = readWorkbookRecords(grids);
  return { grids, read, run: read.runs[0] };
}
