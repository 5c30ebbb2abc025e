import { CATEGORIES, CATEGORY_TITLES, type Category } from '../../core/category.ts';
import { groupDigits } from './usd.ts';

/** One driver of a score: `share` is what it adds to the score (0 ≤ share ≤ its weight), `why` says so. */
export type ScoreFactor = { share: number; why: string };
export type Score = { score: number; factors: ScoreFactor[] };

export type ScopeInput = { categories: Category[]; headcount?: number; systems: number; vendors: number };

/**
 * How much of the audit's work the scope creates. Weights: categories carry most (each adds criteria to
 * test), then headcount (people populations: hires, leavers, training) and systems (access and change
 * populations per system), then vendors (vendor reviews, subservice organisations). They sum to 1.
 */
export const SCOPE_WEIGHTS = { categories: 0.35, headcount: 0.25, systems: 0.25, vendors: 0.15 } as const;
/** Counts at which a factor reaches its full weight. */
export const SCOPE_FULL_AT = { systems: 40, vendors: 25 } as const;

/** Headcount bands; the evident.yaml headcount is optional, and when absent the middle band is assumed. */
const BANDS = [
  { upTo: 50, name: 'small (up to 50)' },
  { upTo: 250, name: 'medium (51–250)' },
  { upTo: 1000, name: 'large (251–1,000)' },
  { upTo: Number.POSITIVE_INFINITY, name: 'very large (over 1,000)' },
] as const;
const ASSUMED_BAND = 1;

const plural = (n: number, one: string, many = `${one}s`) => `${groupDigits(n)} ${n === 1 ? one : many}`;

export function scopeScore(input: ScopeInput): Score {
  const extra = CATEGORIES.filter((c) => c !== 'security' && input.categories.includes(c));
  const band =
    input.headcount === undefined ? ASSUMED_BAND : BANDS.findIndex((b) => input.headcount! <= b.upTo);
  const systems = Math.min(input.systems, SCOPE_FULL_AT.systems);
  const vendors = Math.min(input.vendors, SCOPE_FULL_AT.vendors);
  const factors: ScoreFactor[] = [
    {
      share: (SCOPE_WEIGHTS.categories * extra.length) / (CATEGORIES.length - 1),
      why: extra.length
        ? `${plural(extra.length, 'category', 'categories')} beyond Security (${extra.map((c) => CATEGORY_TITLES[c]).join(', ')})`
        : 'Security only',
    },
    {
      share: (SCOPE_WEIGHTS.headcount * band) / (BANDS.length - 1),
      why:
        input.headcount === undefined
          ? `headcount not given: assumed ${BANDS[ASSUMED_BAND].name}`
          : `headcount ${groupDigits(input.headcount)}: ${BANDS[band]!.name}`,
    },
    {
      share: (SCOPE_WEIGHTS.systems * systems) / SCOPE_FULL_AT.systems,
      why: `${plural(input.systems, 'in-scope system')} (full weight at ${SCOPE_FULL_AT.systems})`,
    },
    {
      share: (SCOPE_WEIGHTS.vendors * vendors) / SCOPE_FULL_AT.vendors,
      why: `${plural(input.vendors, 'vendor')} (full weight at ${SCOPE_FULL_AT.vendors})`,
    },
  ];
  return { score: factors.reduce((sum, f) => sum + f.share, 0), factors };
}
