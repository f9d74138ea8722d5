import { formatIsoDate } from '../../engine/dates/isoDate';
import type { RunDefinition } from '../../engine/model/run';
import { MIDNIGHT, momentReached, type RunDueMoment } from './runDueMoment';
import type { RunDueState } from './runDueState';

/**
 * What the nightly job does next for one run (SPEC §12). `preview`, `refresh`, `reset` (a
 * refresh of an approved run: back to Previewed), `post` and `skip` change the book; the others
 * only report.
 */
export type RunStepKind = 'preview' | 'refresh' | 'reset' | 'post' | 'skip' | 'wait-for-approval' | 'nothing-due';

export interface RunStep {
  kind: RunStepKind;
  /** Why, in words for the job's output line. */
  detail: string;
}

/** Steps after which the job looks at the run again (it may post, or the next occurrence may be due). */
export const CONTINUING_STEPS: ReadonlySet<RunStepKind> = new Set(['preview', 'refresh', 'post', 'skip']);

/**
 * Decides one step of the nightly job for one scheduled run, as of `now` (SPEC §12). The first
 * matching rule wins:
 *
 * | # | when                                                           | step                  |
 * |---|----------------------------------------------------------------|-----------------------|
 * | 1 | now is before the pre-processing date P                        | nothing-due           |
 * | 2 | Status `Cancelled`, the post moment (O at Time) reached         | skip                  |
 * | 3 | Status `Cancelled`, before the post moment                     | nothing-due           |
 * | 4 | no preview sheet, or one of another date                       | preview (as of O)     |
 * | 5 | a preview of O whose inputs changed, Status `Approved`          | reset                 |
 * | 6 | a preview of O whose inputs changed                            | refresh               |
 * | 7 | before the post moment, Approval `auto` or Status `Approved`    | nothing-due           |
 * | 8 | before the post moment                                         | wait-for-approval     |
 * | 9 | Approval `auto`, or Status `Approved`                          | post (as of O)        |
 * | 10| otherwise (`required`, not approved)                           | wait-for-approval     |
 *
 * - "The plan changed" (rule 5) means the inputs' fingerprint changed (§5): it covers every cell
 *   the plan reads and the run's definition, so an approval always stands for exactly the
 *   inputs staff saw; a refresh that happens to give the same items still asks again.
 * - Approval can only follow the last preview: every preview and refresh sets Status back to
 *   `Previewed`, so `Approved` with a current preview is an approval of that preview.
 * - A cancelled occurrence is skipped at the moment it would have posted (rule 2), not before:
 *   until then staff can still change their mind by previewing it again.
 *
 * @example
 * decideRunStep(run, { due, preview: { asOf: due.occurrence, current: true } }, { date: due.occurrence, time: '06:00' })
 * // → { kind: 'post', detail: 'as of 2026-11-21' } when run.approval is 'auto'
 */
export function decideRunStep(run: Pick<RunDefinition, 'status' | 'approval' | 'time'>, state: RunDueState, now: RunDueMoment): RunStep {
  const { occurrence, preProcessingDate } = state.due;
  const o = formatIsoDate(occurrence);
  const at = `${o} ${run.time ?? MIDNIGHT}`;
  const postTime = momentReached(now, occurrence, run.time);
  if (now.date < preProcessingDate) return { kind: 'nothing-due', detail: `next occurrence ${o}, previewed from ${formatIsoDate(preProcessingDate)}` };
  if (run.status === 'Cancelled') {
    return postTime
      ? { kind: 'skip', detail: `occurrence ${o} cancelled: skipped, Last As Of moves on to ${o}` }
      : { kind: 'nothing-due', detail: `occurrence ${o} cancelled: skipped at ${at} unless previewed again` };
  }
  const preview = state.preview?.asOf === occurrence ? state.preview : null;
  if (preview === null) return { kind: 'preview', detail: `as of ${o}` };
  if (!preview.current) {
    return run.status === 'Approved'
      ? { kind: 'reset', detail: `changed since approval: review again (refreshed as of ${o}, Status Previewed)` }
      : { kind: 'refresh', detail: `as of ${o}: the inputs changed since its preview` };
  }
  const approved = run.approval === 'auto' || run.status === 'Approved';
  if (!postTime) {
    return approved
      ? { kind: 'nothing-due', detail: `previewed as of ${o}; posts at ${at}` }
      : { kind: 'wait-for-approval', detail: `previewed as of ${o}; posts at ${at} once approved` };
  }
  if (approved) return { kind: 'post', detail: `as of ${o}` };
  return { kind: 'wait-for-approval', detail: `due since ${at}: set Status to Approved to post it` };
}
