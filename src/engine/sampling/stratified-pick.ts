import type { SeededRandom } from './seeded-random.ts';

/**
 * Which positions of a population of `n` (in period order) a sample of `k` takes. The population is cut
 * into `k` contiguous strata as equal as possible, stratum j (j = 0 … k−1) being the positions
 *
 *     from ⌊j·n / k⌋ up to, not including, ⌊(j+1)·n / k⌋
 *
 * (each holds ⌊n/k⌋ or ⌈n/k⌉ positions), and one position is drawn uniformly in each, stratum 0 first:
 * `from + random.below(size of stratum)`. The result is ascending, so the sample spans the period.
 * With k = n every position is taken and no random number is used; with k = 0 none is.
 */
export function stratifiedPick(n: number, k: number, random: SeededRandom): number[] {
  if (
    !Number.isSafeInteger(n) ||
    !Number.isSafeInteger(k) ||
    k < 0 ||
    k > n ||
    n * k > Number.MAX_SAFE_INTEGER
  ) {
    throw new RangeError(`cannot draw ${k} of ${n}`);
  }
  if (k === n) return Array.from({ length: n }, (_, i) => i);
  const picks: number[] = [];
  for (let j = 0; j < k; j++) {
    const from = Math.floor((j * n) / k);
    const to = Math.floor(((j + 1) * n) / k);
    picks.push(from + random.below(to - from));
  }
  return picks;
}
