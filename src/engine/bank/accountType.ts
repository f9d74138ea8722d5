/**
 * The kinds of US account a NACHA debit can draw on (SPEC §10 Members `Account Type`): they
 * choose the entry's transaction code, 27 for a checking debit and 37 for a savings debit.
 * A blank cell means `Checking` (the column's default).
 */
export const ACCOUNT_TYPES = ['Checking', 'Savings'] as const;

/** One of {@link ACCOUNT_TYPES}. */
export type AccountType = (typeof ACCOUNT_TYPES)[number];
