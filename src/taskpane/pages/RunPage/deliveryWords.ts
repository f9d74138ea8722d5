import { formatCount } from '../../components/feedback/formatNumbers';
import type { DeliveryCounts, MessagesDownload } from '../../session/runsSession';

type Kind = 'emails' | 'letters';

/** The file each download makes, as a page names it where it cannot be saved. */
export const SAVED_FILES: Record<Kind, string> = { emails: 'the .zip of emails', letters: 'the letters PDF' };

const noun = (kind: Kind, n: number) => (kind === 'emails' ? (n === 1 ? 'email' : 'emails') : n === 1 ? 'letter' : 'letters');

/**
 * What the page says after Download emails / Download letters: what the file holds, what was
 * left out as written earlier, what could not be written; or that nothing was left.
 *
 * @example
 * downloadedWords('emails', { fileName: 'N-emails.zip', count: 12, alreadyDelivered: 3, … }) // → 'Downloaded N-emails.zip: 12 emails (3 already written earlier), each recorded Written on the Deliveries sheet.'
 * downloadedWords('letters', { count: 0, alreadyDelivered: 2, … }) // → 'No letters left to download: all 2 were written earlier.'
 */
export function downloadedWords(kind: Kind, download: MessagesDownload): string {
  const { count, alreadyDelivered, failed } = download;
  const failures = failed.length === 0 ? '' : ` ${formatCount(failed.length)} could not be written (recorded Failed): ${failed.join('; ')}.`;
  if (count === 0) {
    const earlier = alreadyDelivered === 0 ? `This post has no ${kind}.` : `all ${formatCount(alreadyDelivered)} were written earlier.`;
    return `No ${kind} left to download: ${earlier}${failures}`;
  }
  const earlier = alreadyDelivered === 0 ? '' : ` (${formatCount(alreadyDelivered)} already written earlier)`;
  return `Downloaded ${download.fileName}: ${formatCount(count)} ${noun(kind, count)}${earlier}, each recorded Written on the Deliveries sheet.${failures}`;
}

/**
 * The line beside a download button: how many messages are left and how many were written before.
 *
 * @example
 * leftWords('emails', { total: 15, delivered: 3 }) // → '12 emails to download (3 already written earlier)'
 * leftWords('letters', { total: 0, delivered: 0 }) // → 'No letters: every member of this post has an email address.'
 */
export function leftWords(kind: Kind, { total, delivered }: DeliveryCounts[Kind]): string {
  if (total === 0)
    return kind === 'letters' ? 'No letters: every member of this post has an email address.' : 'No emails: no member of this post has an email address.';
  const left = total - delivered;
  if (left === 0) return `All ${formatCount(total)} ${noun(kind, total)} already written.`;
  return `${formatCount(left)} ${noun(kind, left)} to download${delivered === 0 ? '' : ` (${formatCount(delivered)} already written earlier)`}`;
}

/**
 * The busy label while messages render.
 *
 * @example
 * renderingWords('emails', { total: 15, delivered: 3 }) // → 'Rendering 12 emails…'
 */
export function renderingWords(kind: Kind, counts: DeliveryCounts[Kind] | undefined): string {
  const left = counts === undefined ? null : counts.total - counts.delivered;
  return left === null ? `Rendering the ${kind}…` : `Rendering ${formatCount(left)} ${noun(kind, left)}…`;
}
