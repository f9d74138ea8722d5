/**
 * Whether text is blank (empty or only whitespace), without allocating a trimmed copy in the
 * common case: text starting with a visible character is not blank.
 *
 * @example
 * isBlankText('  ')  // → true
 * isBlankText('M1')  // → false
 */
export function isBlankText(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  // Visible ASCII (33–126) cannot be trimmed; anything else (spaces, NBSP, …) takes the slow path.
  if (first > 32 && first < 127) return false;
  return text.trim() === '';
}
