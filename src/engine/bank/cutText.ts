/**
 * Runs of spaces collapsed, ends trimmed, cut to `max` characters and trimmed again, so a
 * cut never leaves a trailing space. Bank text fields are fixed-width or capped, and a
 * trailing space would count against the cap or show as a stray blank.
 *
 * @example
 * cutText('  a   b  ', 2) // → 'a'
 */
export function cutText(text: string, max: number): string {
  return text.replace(/ +/g, ' ').trim().slice(0, Math.max(0, max)).trimEnd();
}
