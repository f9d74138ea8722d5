import { formatIsoDate } from '../../engine/dates/isoDate';
import type { LocalDate } from '../../engine/dates/localDate';
import type { Mailbox } from '../../workbook/messages/outgoingMessage';

/**
 * A message's Message-ID domain: the From Address's domain (SPEC §9 "Message-IDs are derived
 * from run, date and key").
 *
 * @example
 * messageDomain({ address: 'office@club.example' }) // → 'club.example'
 */
export function messageDomain(from: Mailbox): string {
  const at = from.address.lastIndexOf('@');
  return at < 0 ? 'renewal-runs.invalid' : from.address.slice(at + 1);
}

/** The ISO as-of date of a message, as file names and Message-IDs spell it. */
export function isoAsOf(asOf: LocalDate): string {
  return formatIsoDate(asOf);
}
