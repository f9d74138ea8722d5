import type { DeliverRunResult } from '../app/deliver/deliverRun';
import { formatIsoDate } from '../engine/dates/isoDate';

/**
 * What `deliver` prints: a summary for stdout, and one line per message that failed or whose
 * fate is unknown, for stderr.
 *
 * @example
 * deliverySummary(result, { dryRun: false, letters: null, book: 'book.xlsx' }).text
 * // → 'Delivered NIGHTLY as of 2026-11-21: 12 messages\n  10 sent, 1 failed …'
 */
export function deliverySummary(
  result: DeliverRunResult,
  options: { dryRun: boolean; letters: string | null; book: string },
): { text: string; failed: string[] } {
  const count = (status: string, channel?: string) =>
    result.records.filter((r) => r.status === status && (channel === undefined || r.channel === channel)).length;
  const verb = options.dryRun ? 'Dry run of delivering' : 'Delivered';
  const lines = [`${verb} ${result.runId} as of ${formatIsoDate(result.asOf)}: ${result.total} messages`];
  lines.push(
    options.dryRun
      ? `  would send or write ${result.records.length} (${count('Sent')} by email, ${count('Written', 'outbox')} to the outbox, ${count('Written', 'letter')} letters)`
      : `  ${count('Sent')} sent, ${count('Written', 'outbox')} written to the outbox, ${count('Written', 'letter')} letters, ${count('Failed')} failed, ${count('Unknown')} unknown`,
  );
  if (result.alreadyDelivered > 0) lines.push(`  ${result.alreadyDelivered} already delivered: not sent again`);
  if (result.waitingForLetters > 0) lines.push(`  ${result.waitingForLetters} for members without an email address wait for a --letters run`);
  if (options.letters !== null && count('Written', 'letter') > 0) lines.push(`  letters: ${options.letters}${options.dryRun ? ' (not written)' : ''}`);
  lines.push(
    options.dryRun
      ? 'Dry run: nothing sent or written'
      : result.writes.length > 0
        ? `Recorded on the Deliveries sheet of ${options.book}`
        : 'Nothing to record',
  );
  const failed = result.records
    .filter((r) => r.status === 'Failed' || r.status === 'Unknown')
    .map((r) => `${r.status === 'Failed' ? 'failed' : 'unknown'}: ${r.key} (${r.kind}) to ${r.to}: ${r.detail}`);
  // Not re-sent by itself: a person must check whether the member got it, then --retry-unknown.
  for (const key of result.stillUnknown)
    failed.push(`unknown: ${key}: an earlier delivery stopped before the server answered; check, then deliver with --retry-unknown to send it again`);
  return { text: lines.join('\n'), failed };
}
