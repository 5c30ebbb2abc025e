import type { OpenGaps } from '../engine/budget/gap-score.ts';
import type { Evaluation } from '../engine/evaluation.ts';

export type { OpenGaps } from '../engine/budget/gap-score.ts';

/**
 * The open readiness gaps the budget prices, read off an evaluation of the report scope until
 * `evident readiness` supplies its own (docs/cli.md, `evident budget`):
 *
 * - a criterion in scope with no control mapped to it → critical (a control has to be designed);
 * - a control `not_effective` or with `no_evidence` → high (it has to start working, or be shown to);
 * - a control with `exceptions` within its tolerable rate → medium;
 * - effective and not-applicable controls → none. Nothing is rated low.
 *
 * A criterion at risk is not counted again: its failing controls already are.
 */
export function gapsFromEvaluation(evaluation: Pick<Evaluation, 'controls' | 'criteria'>): OpenGaps {
  const gaps: OpenGaps = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const c of evaluation.criteria) if (c.status === 'no_controls') gaps.critical++;
  for (const c of evaluation.controls) {
    if (c.status === 'not_effective' || c.status === 'no_evidence') gaps.high++;
    else if (c.status === 'exceptions') gaps.medium++;
  }
  return gaps;
}
