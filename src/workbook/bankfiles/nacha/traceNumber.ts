/**
 * The highest 7-digit sequence a trace number holds after its 8-digit ODFI.
 *
 * @example
 * traceNumber('12104288', MAX_TRACE_SEQUENCE) // → '121042889999999'
 */
export const MAX_TRACE_SEQUENCE = 9_999_999;

/**
 * A NACHA trace number: the 8-digit ODFI identification, then the sequence zero-filled to 7
 * digits. Throws on an ODFI that is not 8 digits or a sequence outside 1..9,999,999 (a bug).
 *
 * @example
 * traceNumber('12104288', 1)       // → '121042880000001'
 * traceNumber('12104288', 9999999) // → '121042889999999'
 */
export function traceNumber(odfi: string, sequence: number): string {
  if (!/^\d{8}$/.test(odfi)) throw new Error(`Trace number: ODFI '${odfi}' is not 8 digits.`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_TRACE_SEQUENCE) {
    throw new Error(`Trace number: sequence ${sequence} is not a whole number from 1 to ${MAX_TRACE_SEQUENCE}.`);
  }
  return odfi + String(sequence).padStart(7, '0');
}

/**
 * The sequence of the next trace number for `odfi`: one more than the highest sequence among
 * the references already used (the invoices' Last Attempt References), so an export never
 * reuses a trace number of an earlier one and a return always names one debit. References that
 * are not 15 digits (SEPA EndToEndIds, blanks) or start with another ODFI are ignored; with
 * none left the sequence starts at 1.
 *
 * After 9,999,999 the sequence wraps to 1. NACHA requires a trace number to be unique within
 * its file; across files it is what lets a return find its debit. Ten million debits is more
 * than a membership workbook will ever collect, so the wrap is a guard, not a scheme: an invoice
 * still holding trace …9999999 would make every later call answer 1 again, repeating trace
 * numbers across exports. A caller numbering several debits from this sequence wraps the same
 * way (`traceNumber` throws above 9,999,999).
 *
 * @example
 * nextTraceSequence(['121042880000007', null, 'INV-0001-1', '999999990000500'], '12104288') // → 8
 * nextTraceSequence([], '12104288')                                                        // → 1
 * nextTraceSequence(['121042889999999'], '12104288')                                       // → 1 (wrapped)
 */
export function nextTraceSequence(usedReferences: Iterable<string | null>, odfi: string): number {
  let highest = 0;
  for (const reference of usedReferences) {
    const trace = reference?.trim() ?? '';
    if (!/^\d{15}$/.test(trace) || !trace.startsWith(odfi)) continue;
    highest = Math.max(highest, Number(trace.slice(8)));
  }
  return highest >= MAX_TRACE_SEQUENCE ? 1 : highest + 1;
}
