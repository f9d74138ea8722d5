/**
 * The outcome of reading one cell: its typed value, or the plain sentence a user reads in the
 * input-error list (SPEC §2). Bad input is data, never an exception.
 */
export type CellResult<T> = { ok: true; value: T } | CellFailure;

/** A cell that could not be read, with the sentence that says why. */
export interface CellFailure {
  ok: false;
  message: string;
}

/**
 * A successfully read value.
 *
 * @example
 * accept(12) // → { ok: true, value: 12 }
 */
export function accept<T>(value: T): CellResult<T> {
  return { ok: true, value };
}

/**
 * A cell that cannot be read, with the sentence shown to the user.
 *
 * @example
 * reject("Price 'abc' is text, not a number") // → { ok: false, message: "Price 'abc' is text, not a number" }
 */
export function reject(message: string): CellFailure {
  return { ok: false, message };
}
