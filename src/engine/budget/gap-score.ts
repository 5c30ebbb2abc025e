import type { Score, ScoreFactor } from './scope-score.ts';
import { groupDigits } from './usd.ts';

export type OpenGaps = { critical: number; high: number; medium: number; low: number };

/**
 * Points per open readiness gap, by severity: a critical gap (e.g. no access reviews at all) is a project,
 * a low one an afternoon. `GAP_POINTS_FOR_TOP` points put remediation at the top of its range, e.g.
 * five critical and five high gaps, or fifteen high ones.
 */
export const GAP_POINTS: OpenGaps = { critical: 8, high: 4, medium: 2, low: 1 };
export const GAP_POINTS_FOR_TOP = 60;

const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

export function gapScore(gaps: OpenGaps): Score & { points: number } {
  const factors: ScoreFactor[] = SEVERITIES.filter((s) => gaps[s] > 0).map((s) => ({
    share: (gaps[s] * GAP_POINTS[s]) / GAP_POINTS_FOR_TOP,
    why:
      gaps[s] === 1
        ? `1 open ${s} gap`
        : `${groupDigits(gaps[s])} open ${s} gaps at ${GAP_POINTS[s]} points each`,
  }));
  const points = SEVERITIES.reduce((sum, s) => sum + gaps[s] * GAP_POINTS[s], 0);
  return { score: Math.min(1, points / GAP_POINTS_FOR_TOP), points, factors };
}
