/** The highest sequence a trace number's 7 digits hold. */
const MAX_SEQUENCE = 9_999_999;

/**
 * The trace numbers of a NACHA post's collections, by item key: the ODFI's 8 digits and a
 * 7-digit sequence, one more than the highest of that ODFI among `usedReferences` (the Invoices'
 * Last Attempt References and the Collections ledger's References), in item order. A return names the trace of the debit it
 * returns, so traces must not repeat across posts: counting on from the workbook's highest
 * makes them unique for ten million collections, after which the sequence starts again at 1.
 *
 * @example
 * assignTraceNumbers(['collect:INV-000007'], invoices, '01100001')
 * // → Map { 'collect:INV-000007' => '011000010000043' } (when 42 was the highest)
 */
export function assignTraceNumbers(keys: readonly string[], usedReferences: readonly (string | null)[], odfi: string): Map<string, string> {
  let highest = 0;
  for (const reference of usedReferences) {
    if (reference === null || reference.length !== 15 || !reference.startsWith(odfi) || !/^\d{15}$/.test(reference)) continue;
    const sequence = Number(reference.slice(8));
    if (sequence > highest) highest = sequence;
  }
  const traces = new Map<string, string>();
  for (const key of keys) {
    highest = highest >= MAX_SEQUENCE ? 1 : highest + 1;
    traces.set(key, `${odfi}${String(highest).padStart(7, '0')}`);
  }
  return traces;
}
