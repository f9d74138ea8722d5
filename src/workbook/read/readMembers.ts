import { formatIsoDate } from '../../engine/dates/isoDate';
import type { Member } from '../../engine/model/records';
import { membersSheet } from '../schema/membersSheet';
import type { SheetGrid } from '../sheetGrid';
import { describeOtherRows, SharedKeyRows } from './duplicateRows';
import type { ReadContext } from './readContext';
import { readSheetRows } from './readSheetRows';
import { sortByRow, type SheetReadResult } from './sheetReadResult';

/**
 * Reads the Members sheet (SPEC §2) into memberships. Membership ID defaults to the Member ID.
 * Input errors: every bad cell, an End Date before the Start Date, and a Membership ID used on
 * more than one row — all those rows, since no rule can tell which one a renewal or payment
 * belongs to. IDs are compared exactly (they are not names).
 *
 * @example
 * readMembers(findSheet(book, 'Members'), { date1904: false, dateOrder: 'YMD' })
 * // → { records: [{ row: 2, memberId: 'M1', membershipId: 'M1', … }], inputErrors: [], missing: [] }
 */
export function readMembers(grid: SheetGrid | null, context: ReadContext): SheetReadResult<Member> {
  const candidates: Member[] = [];
  const ids = new SharedKeyRows();
  const reading = readSheetRows(grid, membersSheet, context, (r, sheet) => {
    // A blank Membership ID means "one membership per member": the Member ID. Rows with other
    // errors still hold their ID, so a valid row sharing it is not acted on either.
    const membershipId = r.values.membershipId ?? r.values.memberId;
    if (membershipId !== null) ids.add(membershipId, r.row);
    if (!r.ok) return;
    const values = r.values;
    if (values.endDate < values.startDate) {
      sheet.addError(
        r.row,
        'endDate',
        `${sheet.headers.endDate} ${formatIsoDate(values.endDate)} is before ${sheet.headers.startDate} ${formatIsoDate(values.startDate)}`,
      );
      return;
    }
    candidates.push({
      row: r.row,
      memberId: values.memberId,
      membershipId: values.membershipId ?? values.memberId,
      name: values.name,
      email: values.email,
      memberType: values.memberType,
      status: values.status,
      product: values.product,
      startDate: values.startDate,
      endDate: values.endDate,
      autoPay: values.autoPay,
      cardExpiry: values.cardExpiry,
      renewedThrough: values.renewedThrough,
      terminationDate: values.terminationDate,
      iban: values.iban,
      bic: values.bic,
      mandateId: values.mandateId,
      mandateDate: values.mandateDate,
      lastMandateCollected: values.lastMandateCollected,
      routingNumber: values.routingNumber,
      accountNumber: values.accountNumber,
      accountType: values.accountType,
    });
  });

  const duplicates = ids.duplicates();
  if (duplicates.size === 0) return { records: candidates, inputErrors: reading.inputErrors, missing: reading.missing };
  // When the Membership ID column is absent, the shared ID is the Member ID: name that column.
  const field = reading.layout?.columns.membershipId.index === null ? 'memberId' : 'membershipId';
  for (const [id, rows] of duplicates) {
    for (const row of rows) {
      reading.addError(row, field, `${reading.headers[field]} '${id}' is not unique: it is also on ${describeOtherRows(rows, row)}`);
    }
  }
  return {
    records: candidates.filter((m) => !duplicates.has(m.membershipId)),
    inputErrors: sortByRow(reading.inputErrors),
    missing: reading.missing,
  };
}
