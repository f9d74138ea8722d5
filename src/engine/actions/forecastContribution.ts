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
  /** The day after the projection's last day. */
  end: LocalDate;
}

/** An action's share of the projection (SPEC §7 Statistics chart). */
export interface ForecastContribution {
  /** Position in the chart's series and words (renewals, notices, drops). */
  order: number;
  /** The plural noun of the chart's words: `38 renewals`. */
  noun: string;
  /** The days this action acts on the membership, each counted in its week. */
  dates: (timeline: ForecastTimeline, ctx: ForecastContext) => LocalDate[];
}
