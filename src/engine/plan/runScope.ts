import { nameKey } from '../gather/nameKey';
import type { RunDefinition } from '../model/run';

/**
 * Whether a member passes the run's filters (SPEC §3: "Only members that pass the run's
 * filters (Member Types, AutoPay) are considered"). Absent filters constrain nothing.
 *
 * @example
 * isInRunScope(run, { memberType: 'Student', autoPay: false })
 */
export function isInRunScope(run: Pick<RunDefinition, 'memberTypes' | 'autoPay'>, member: { memberType: string | null; autoPay: boolean }): boolean {
  if (run.autoPay === 'only' && !member.autoPay) return false;
  if (run.autoPay === 'exclude' && member.autoPay) return false;
  if (run.memberTypes.length === 0) return true;
  const type = member.memberType == null ? '' : nameKey(member.memberType);
  return run.memberTypes.some((t) => nameKey(t) === type);
}
