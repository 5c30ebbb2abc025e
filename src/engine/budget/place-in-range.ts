import type { UsdRange } from './budget-ranges.ts';
import { roundUsd } from './usd.ts';

/** An estimate is a window a quarter as wide as its published range: honest about uncertainty, still useful. */
export const WINDOW = 0.25;

/**
 * The estimate for a score in [0, 1]: the window slides from the bottom of the range (score 0) to the top
 * (score 1), its low end at `low + score × (1 − WINDOW) × span`. Both ends only rise with the score, and
 * rounding to $500 keeps that (the ranges are multiples of $500), so a larger scope never costs less.
 * An open-ended range stays open-ended only when the window reaches its top.
 */
export function placeInRange(range: UsdRange, score: number): UsdRange {
  const s = Math.min(1, Math.max(0, score));
  const span = range.high - range.low;
  const clamp = (n: number) => Math.min(range.high, Math.max(range.low, roundUsd(n)));
  const low = clamp(range.low + s * (1 - WINDOW) * span);
  const high = clamp(range.low + (s * (1 - WINDOW) + WINDOW) * span);
  return range.open_ended && s >= 1 ? { low, high, open_ended: true } : { low, high };
}

/**
 * What a share of the score moves the window by, in dollars, for the reasons of a line. Rounded to $100,
 * not $500, so that the shares of a line add up to its shift within a few hundred dollars.
 */
export const shareInUsd = (range: UsdRange, share: number): number =>
  Math.round((share * (1 - WINDOW) * (range.high - range.low)) / 100) * 100;
