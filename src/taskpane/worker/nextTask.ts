/**
 * Resolves in a task of its own, after whatever the page has waiting (input, paint, messages):
 * what a loop awaits between slices so no slice joins the next in one long task. A message to
 * itself, not `setTimeout(0)`, which browsers clamp to 4 ms once nested.
 *
 * @example
 * for (const slice of slices) { await nextTask(); post(slice); }
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
