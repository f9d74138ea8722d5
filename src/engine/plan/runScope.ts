import { nameKey } from '../gather/nameKey';
import type { AutoPayFilter, RunDefinition } from '../model/run';

/** The run settings that filter members (SPEC §3). */
export type RunFilters = Pick<RunDefinition, 'memberTypes' | 'autoPay'>;

/** What the filters look at on a member. */
export interface ScopedMember {
  memberType: string | null;
  autoPay: boolean;
}

/**
 * A run's filters prepared once per plan (see {@link isInRunScope} for the rule). The run's
 * Member Types are keyed once, and each Member Type spelling found on the members is decided
 * once: a plan asks about every member, some of them in several actions, while a workbook
 * holds a handful of spellings — so no member costs a trimmed, lower-cased copy of its type.
 *
 * @example
 * const scope = new RunScope({ memberTypes: ['Student'], autoPay: 'all' });
 * scope.includes({ memberType: 'student ', autoPay: false }) // → true
 */
export class RunScope {
  private readonly autoPay: AutoPayFilter;
  /** The Member Types as name keys; `null` when the run does not filter by type. */
  private readonly typeKeys: ReadonlySet<string> | null;
  /** Whether each Member Type spelling met so far passes (a blank type is `''`). */
  private readonly typeDecisions = new Map<string, boolean>();

  constructor(run: RunFilters) {
    this.autoPay = run.autoPay;
    this.typeKeys = run.memberTypes.length === 0 ? null : new Set(run.memberTypes.map(nameKey));
  }

  /** Whether a member passes the run's filters. */
  includes(member: ScopedMember): boolean {
    if (this.autoPay === 'only' && !member.autoPay) return false;
    if (this.autoPay === 'exclude' && member.autoPay) return false;
    if (this.typeKeys === null) return true;
    const type = member.memberType ?? '';
    let included = this.typeDecisions.get(type);
    if (included === undefined) {
      included = this.typeKeys.has(nameKey(type));
      this.typeDecisions.set(type, included);
    }
    return included;
  }
}

/**
 * Whether a member passes the run's filters (SPEC §3: "Only members that pass the run's
 * filters (Member Types, AutoPay) are considered"). Absent filters constrain nothing. Member
 * Types compare as names (trimmed, ignoring case). Planners ask a {@link RunScope} made once.
 *
 * @example
 * isInRunScope(run, { memberType: 'Student', autoPay: false })
 */
export function isInRunScope(run: RunFilters, member: ScopedMember): boolean {
  return new RunScope(run).includes(member);
}
