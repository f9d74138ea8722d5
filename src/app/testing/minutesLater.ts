/** The instant `minutes` after `instant`: tests step the clock they pass in. */
export function addMinutesTo(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}
