/**
 * The name of a message's `.eml` file in the outbox (SPEC §9): `<Run ID>-<As Of>-<key>.eml`,
 * the key's `:` written as `_`. Any character some file system refuses or treats specially —
 * `/ \ ? % * | " < > :` and control characters (Windows forbids most, `/` separates folders
 * everywhere, `%` and `?` upset URLs and shells) — also becomes `_`, in the Run ID too. The name
 * keeps its `.eml` ending, so Windows' reserved device names (`CON`, `NUL`…) cannot arise.
 *
 * @example
 * outboxFileName('NIGHTLY', '2026-11-30', 'renew:M-1'); // 'NIGHTLY-2026-11-30-renew_M-1.eml'
 */
export function outboxFileName(runId: string, asOf: string, key: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = (text: string) => text.replace(/[/\\?%*|"<>:\u0000-\u001f\u007f]/g, '_');
  return `${safe(runId)}-${safe(asOf)}-${safe(key)}.eml`;
}
