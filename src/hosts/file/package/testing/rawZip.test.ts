import { inflateSync } from 'fflate';
import { deflatedZeros } from './rawZip';

describe('deflatedZeros', () => {
  it.each([1, 2, 259, 260, 100_000])('inflates to %i zero bytes', (count) => {
    const out = inflateSync(deflatedZeros(count));
    expect(out.length).toBe(count);
    expect(out.every((b) => b === 0)).toBe(true);
  });
});
