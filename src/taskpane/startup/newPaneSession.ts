/**
 * The pane's posting session, made once per pane load and recorded as Posting By on the Run Log
 * row of each post it writes: `pane:<random UUID>`. Nothing personal: it only tells this pane's
 * posts from another pane's on the same workbook (co-authoring, a shared file), so neither rolls
 * back a post the other is writing (README, The Office host).
 *
 * @example
 * newPaneSession() // → 'pane:1b4e28ba-2fa1-11d2-883f-0016d3cca427'
 */
export function newPaneSession(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return `pane:${crypto.randomUUID()}`;
  // Webviews without randomUUID (older Safari) still have getRandomValues.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `pane:${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
