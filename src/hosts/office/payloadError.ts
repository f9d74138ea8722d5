/**
 * Whether an Office.js error is Excel refusing a request or a response over its payload limit
 * (`RequestPayloadSizeLimitExceeded`, `ResponsePayloadSizeLimitExceeded`): the request changed
 * nothing, and the same work in smaller requests will pass.
 *
 * @example
 * isPayloadError({ code: 'RequestPayloadSizeLimitExceeded' }); // → true
 */
export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}
