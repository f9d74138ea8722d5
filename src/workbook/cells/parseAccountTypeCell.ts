import { ACCOUNT_TYPES, type AccountType } from '../../engine/bank/accountType';
import type { CellParser } from './cellParser';
import { enumCellParser } from './parseEnumCell';

/**
 * Reads a US Account Type (SPEC §10): `Checking` or `Savings`, in any letter case, returned in
 * its canonical spelling. A blank cell never reaches a parser: `Checking` for a blank is the
 * column's default, set where the column is declared.
 *
 * @example
 * parseAccountTypeCell('savings', context) // → { ok: true, value: 'Savings' }
 * parseAccountTypeCell('Current', context) // → { ok: false, message: "Account Type 'Current' is not one of Checking, Savings" }
 */
export const parseAccountTypeCell: CellParser<AccountType> = enumCellParser(ACCOUNT_TYPES);
