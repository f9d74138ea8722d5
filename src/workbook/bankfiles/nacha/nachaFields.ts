/**
 * The two kinds of NACHA field: numerics, right-justified and zero-filled, and alphanumerics,
 * left-justified and space-filled. Every field is exactly its width, so a record built from
 * them is exactly 94 characters. A value too long for its field is a bug in the caller and
 * throws: cutting an amount, a count or an identifier would send the bank a different file.
 * Names and descriptions are the exception; they are cut by {@link cutText} before they get here.
 */

/** Characters NACHA allows in a record: printable ASCII, space to tilde. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * A non-negative whole number right-justified and zero-filled to `width` digits.
 *
 * @example
 * numericField(30, 10)     // → '0000000030'
 * numericField('094', 3)   // → '094'
 * numericField(12345, 3)   // throws: 5 digits do not fit in 3
 */
export function numericField(value: number | string, width: number): string {
  const digits = typeof value === 'number' ? wholeDigits(value) : value;
  if (!/^\d*$/.test(digits)) throw new Error(`NACHA numeric field: '${digits}' is not all digits.`);
  if (digits.length > width) throw new Error(`NACHA numeric field: '${digits}' is longer than ${width} digits.`);
  return digits.padStart(width, '0');
}

/**
 * Text left-justified and space-filled to `width` characters; throws when it is longer or holds
 * a character outside printable ASCII.
 *
 * @example
 * alphaField('PPD', 5)        // → 'PPD  '
 * alphaField('', 2)           // → '  ' (a blank field)
 * alphaField('TOO LONG', 3)   // throws
 */
export function alphaField(text: string, width: number): string {
  if (!PRINTABLE_ASCII.test(text)) throw new Error(`NACHA field: '${text}' holds a character outside printable ASCII.`);
  if (text.length > width) throw new Error(`NACHA field: '${text}' is longer than ${width} characters.`);
  return text.padEnd(width, ' ');
}

/**
 * Text right-justified and space-filled to `width` characters (the file header's immediate
 * origin, which banks give as 9 digits to be written after a space, or as 10 characters).
 *
 * @example
 * rightAlphaField('123456789', 10)  // → ' 123456789'
 * rightAlphaField('1234567890', 10) // → '1234567890'
 */
export function rightAlphaField(text: string, width: number): string {
  alphaField(text, width); // the same checks: printable ASCII, not too long
  return text.padStart(width, ' ');
}

/**
 * The first `width` characters of a name or description: the one kind of value NACHA lets us
 * shorten, since the bank reads it only as a label.
 *
 * @example
 * cutText('A VERY LONG COMPANY NAME', 16) // → 'A VERY LONG COMP'
 */
export function cutText(text: string, width: number): string {
  return text.slice(0, width);
}

function wholeDigits(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`NACHA numeric field: ${value} is not a whole number ≥ 0.`);
  return String(value);
}
