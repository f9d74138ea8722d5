import { GRACE_STATUSES, type GraceStatus, type MemberStatus } from './records';
import type { Settings } from './settings';

/**
 * Whether a Status is one of the fixed grace statuses the `Grace Status` setting may name.
 *
 * @example
 * isGraceStatus('Lapsed') // → true
 * isGraceStatus('Dropped') // → false
 */
export function isGraceStatus(status: string): status is GraceStatus {
  return (GRACE_STATUSES as readonly string[]).includes(status);
}

/**
 * Whether a membership is current: `Active`, or in grace (the `Grace Status` setting, SPEC §11).
 * A grace membership is renewed, notified, collected and dropped as if `Active`. Only the
 * setting's value counts: with Grace Status `Lapsed`, a row still reading `Grace` (written
 * before the setting changed) is not current — staff change such rows by hand.
 *
 * @example
 * isCurrentMembership('Grace', DEFAULT_SETTINGS) // → true
 * isCurrentMembership('Expired', DEFAULT_SETTINGS) // → false
 */
export function isCurrentMembership(status: MemberStatus, settings: Pick<Settings, 'graceStatus'>): boolean {
  return status === 'Active' || status === settings.graceStatus;
}
