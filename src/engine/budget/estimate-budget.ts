import type { Category } from '../../core/category.ts';
import { EvidentError } from '../../core/errors.ts';
import { BUDGET_RANGES, type BudgetItem, type UsdRange } from './budget-ranges.ts';
import { GAP_POINTS_FOR_TOP, gapScore, type OpenGaps } from './gap-score.ts';
import { placeInRange, shareInUsd } from './place-in-range.ts';
import { type Score, scopeScore } from './scope-score.ts';
import { formatUsd } from './usd.ts';

export type BudgetInput = {
  type: 'I' | 'II';
  categories: Category[];
  headcount?: number;
  /** In-scope infrastructure and software components. */
  systems: number;
  vendors: number;
  /** Readiness gaps still open, by severity. */
  openGaps: OpenGaps;
  /** A renewal year: the company already holds a Type II report. */
  renewal?: boolean;
};

export type BudgetLine = UsdRange & { item: BudgetItem; title: string; range: UsdRange; reasons: string[] };

/**
 * `lines` are this year's spend and `total` is their sum. `ongoing` holds what recurs in later years (the
 * Type II renewal), kept out of the total so the first-year figure is not inflated.
 */
export type Budget = {
  type: 'I' | 'II';
  renewal: boolean;
  lines: BudgetLine[];
  total: UsdRange;
  ongoing: BudgetLine[];
};

const rangeText = (r: UsdRange) => `${formatUsd(r.low)}–${formatUsd(r.high)}${r.open_ended ? '+' : ''}`;

function line(item: BudgetItem, score: number, reasons: string[]): BudgetLine {
  const { title, ...range } = BUDGET_RANGES[item];
  return { item, title, ...placeInRange(range, score), range, reasons };
}

/** A line placed by the scope score, with each factor's share of the window's shift in dollars. */
function scopeLine(item: BudgetItem, scope: Score, lead: string[] = []): BudgetLine {
  const range = BUDGET_RANGES[item];
  return line(item, scope.score, [
    ...lead,
    `published range ${rangeText(range)}; the estimate is a window a quarter as wide, placed by scope`,
    ...scope.factors.map((f) => `${f.why}: +${formatUsd(shareInUsd(range, f.share))}`),
  ]);
}

function remediationLine(gaps: OpenGaps): BudgetLine {
  const g = gapScore(gaps);
  const range = rangeText(BUDGET_RANGES.remediation);
  if (g.points === 0)
    return line('remediation', 0, [
      `published range ${range}, placed by open readiness gaps`,
      'no open readiness gaps: the bottom of the range, for fixes the auditor raises during the audit',
    ]);
  return line('remediation', g.score, [
    `published range ${range}, placed by open readiness gaps`,
    ...g.factors.map((f) => `${f.why}: ${Math.round(f.share * GAP_POINTS_FOR_TOP)} points`),
    g.points >= GAP_POINTS_FOR_TOP
      ? `${g.points} gap points, at or past the ${GAP_POINTS_FOR_TOP} that reach the top of the range: the cost can run past ${formatUsd(BUDGET_RANGES.remediation.high)}`
      : `${g.points} of the ${GAP_POINTS_FOR_TOP} gap points that reach the top of the range`,
  ]);
}

function check(input: BudgetInput): void {
  const problems: string[] = [];
  const counts: [string, number][] = [
    ['systems', input.systems],
    ['vendors', input.vendors],
    ...Object.entries(input.openGaps).map(([k, v]): [string, number] => [`openGaps.${k}`, v]),
  ];
  for (const [name, n] of counts)
    if (!Number.isInteger(n) || n < 0) problems.push(`${name} must be a whole number ≥ 0, got ${n}`);
  if (input.headcount !== undefined && (!Number.isInteger(input.headcount) || input.headcount < 1))
    problems.push(`headcount must be a whole number ≥ 1, got ${input.headcount}`);
  if (input.type === 'I' && input.renewal)
    problems.push('a renewal is priced as a Type II audit; use type II');
  if (problems.length)
    throw new EvidentError('bad_input', `budget input: ${problems.join('; ')}`, {
      problems: problems.map((message) => ({ message })),
    });
}

/**
 * A first-year (or renewal-year) budget for a SOC 2 audit. Each line is a window inside its published
 * range (see `placeInRange`): readiness, audit and renewal are placed by the scope score, remediation by
 * the open readiness gaps alone. Type I: readiness, Type I audit, remediation. Type II: readiness,
 * Type II audit, remediation, and the renewal as an ongoing line. In a renewal year the renewal replaces
 * the readiness assessment and first audit, and remediation appears only while gaps are open.
 */
export function estimateBudget(input: BudgetInput): Budget {
  check(input);
  const scope = scopeScore(input);
  const renewal = input.renewal === true;
  const anyGaps = Object.values(input.openGaps).some((n) => n > 0);
  const lines =
    input.type === 'I'
      ? [
          scopeLine('readiness_assessment', scope),
          scopeLine('type1_audit', scope),
          remediationLine(input.openGaps),
        ]
      : renewal
        ? [
            scopeLine('type2_renewal', scope, [
              'renewal year: the prior report stands in for a readiness assessment',
            ]),
            ...(anyGaps ? [remediationLine(input.openGaps)] : []),
          ]
        : [
            scopeLine('readiness_assessment', scope),
            scopeLine('type2_audit', scope),
            remediationLine(input.openGaps),
          ];
  const ongoing =
    input.type === 'II'
      ? [scopeLine('type2_renewal', scope, ['each later year; not part of this year’s total'])]
      : [];
  const total: UsdRange = {
    low: lines.reduce((sum, l) => sum + l.low, 0),
    high: lines.reduce((sum, l) => sum + l.high, 0),
  };
  if (lines.some((l) => l.open_ended)) total.open_ended = true;
  return { type: input.type, renewal, lines, total, ongoing };
}
