import type { LocalDate } from '../dates/localDate';
import type { GatheredState } from '../gather/gatheredState';
import type { Member } from '../model/records';
import type { RunDefinition } from '../model/run';

/**
 * What the projection knows of one Active membership in the run's scope that is not already
 * renewed: the day the run bills its renewal (`null` when the run does not renew, the window
 * never opens, or the drop line comes first) and the day it is dropped (`null` when the run
 * does not drop).
 */
export interface ForecastTimeline {
  member: Member;
  billed: LocalDate | null;
  dropDate: LocalDate | null;
}

/** What every contribution reads besides the timeline. */
export interface ForecastContext {
  run: RunDefinition;
  state: GatheredState;
  /** The projection's first day: the day a run posting now would take as `D`. */
  from: LocalDate;
  /** The day after the projection's last day. */
  end: LocalDate;
}

/**
 * An action's share of the projection (SPEC §7 Statistics chart): the days it acts on each
 * existing membership (`dates`), on the approved applications (`applicationDates`), or both.
 * Each day is counted in its week; an absent function counts nothing.
 */
export interface ForecastContribution {
  /** Position in the chart's series and words (renewals, notices, lapses, drops, billed activations). */
  order: number;
  /** The plural noun of the chart's words: `38 renewals`. */
  noun: string;
  /** The legend's word when it is not the action's label (`Billed activations` for `activate`). */
  label?: string;
  /** The days this action acts on one membership of the projection. */
  dates?: (timeline: ForecastTimeline, ctx: ForecastContext) => LocalDate[];
  /**
   * The days this action acts on the Applications sheet's rows, for the whole run at once:
   * applications claim Membership IDs and products in sheet order, so one cannot be judged alone.
   */
  applicationDates?: (ctx: ForecastContext) => LocalDate[];
}
