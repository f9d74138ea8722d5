const NINE_DIGITS = /^\d{9}$/;

/** Each digit's weight in the ABA check: 3, 7, 1 repeated over the nine digits. */
const WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1] as const;

/**
 * The first two digits of a routing number that the Federal Reserve assigns: 00 (the U.S.
 * Government), 01–12 (banks, by Federal Reserve district), 21–32 (thrifts), 61–72 (electronic
 * transactions) and 80 (traveller's cheques). Anything else (`13`, `50`, `99`…) passes the
 * checksum by chance at best, and no bank answers to it.
 */
function hasAssignedPrefix(digits: string): boolean {
  const prefix = Number(digits.slice(0, 2));
  return prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
}

/**
 * True when the text (spaces around it ignored) is an ABA routing transit number: exactly
 * nine digits, a prefix the Federal Reserve assigns, and the check digit right —
 * 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) is a multiple of 10. A NACHA file carries it as
 * the RDFI's eight digits plus the check digit. All zeros passes the sum but is refused: it
 * is what a blank field becomes, not a bank.
 *
 * @example
 * isValidRoutingNumber('011000015') // → true
 * isValidRoutingNumber('011000016') // → false (check digit)
 * isValidRoutingNumber('11000015')  // → false (8 digits: see parseRoutingNumberCell for cells)
 */
export function isValidRoutingNumber(text: string): boolean {
  const digits = text.trim();
  if (!NINE_DIGITS.test(digits) || /^0+$/.test(digits) || !hasAssignedPrefix(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += WEIGHTS[i] * Number(digits[i]);
  return sum % 10 === 0;
}
