/**
 * A small seeded pseudo-random generator (mulberry32), so the sample workbook is the same on
 * every machine for a given seed and as-of date.
 *
 * @example
 * const rnd = seededRandom(42); rnd.next() // → 0.6011…
 */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [min, max]. */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    /** True with probability p. */
    chance: (p: number) => next() < p,
    /** One element, by weights. */
    pick: <T>(choices: readonly (readonly [T, number])[]): T => {
      const total = choices.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of choices) if ((r -= w) < 0) return value;
      return choices[choices.length - 1][0];
    },
  };
}

export type SeededRandom = ReturnType<typeof seededRandom>;
