/**
 * One bank return reason as data: its code, the words the scheme gives it, and whether it is
 * **hard** (SPEC §10: the debit must not be tried again on the same account or mandate, so the
 * invoice waits until the member's details change). Every hard reason says why.
 */
export type ReturnReason = { code: string; scheme: ReturnScheme; words: string } & ({ hard: true; why: string } | { hard: false });

/** `iso` for ISO 20022 ExternalReturnReason codes (SEPA R-transactions), `nacha` for ACH return codes. */
export type ReturnScheme = 'iso' | 'nacha';

/**
 * A soft reason: retrying the same account later may work, or the fix is on the creditor's
 * side and does not involve the member's details.
 *
 * @example
 * soft('iso', 'AM04', 'Insufficient funds') // → { code: 'AM04', scheme: 'iso', words: 'Insufficient funds', hard: false }
 */
export function soft(scheme: ReturnScheme, code: string, words: string): ReturnReason {
  return { code, scheme, words, hard: false };
}

/**
 * A hard reason, with the reason it is hard.
 *
 * @example
 * hard('iso', 'AC04', 'Closed account number', 'the account no longer exists')
 */
export function hard(scheme: ReturnScheme, code: string, words: string, why: string): ReturnReason {
  return { code, scheme, words, hard: true, why };
}
