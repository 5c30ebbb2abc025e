import type { ReportScope } from '../core/programme.ts';
import type { Budget } from '../engine/budget/estimate-budget.ts';
import { budgetOf } from './dashboard/budget-of.ts';
import { evaluateWith, evaluationScope } from './evaluate-programme.ts';
import { gapsFromEvaluation, type OpenGaps } from './gaps-from-evaluation.ts';
import { openProgramme } from './open-programme.ts';
import { withWorkspace } from './with-workspace.ts';

export type { Budget, BudgetLine } from '../engine/budget/estimate-budget.ts';
export { formatUsd } from '../engine/budget/usd.ts';

/** What the estimate was made from, so every figure can be traced to evident.yaml or the evidence. */
export type BudgetInputs = {
  categories: string[];
  headcount?: number;
  systems: number;
  vendors: number;
  open_gaps: OpenGaps;
  /** The evaluation the gaps come from: the programme's own report scope. */
  gaps_from: ReportScope;
};

/**
 * `evident budget`: estimateBudget (docs/plan-and-budget.md) for the programme in `dir`. Systems are the
 * infrastructure and software components of `system.boundaries`; vendors are those listed; the open
 * gaps come from evaluating the report scope ({@link gapsFromEvaluation}). Always a first-year estimate.
 */
export function budgetProgramme(
  dir: string,
  o: { onProgress?: (records: number) => void } = {},
): Promise<Budget & { inputs: BudgetInputs; warnings: string[] }> {
  const opened = openProgramme(dir);
  const { programme } = opened;
  const scope = evaluationScope(programme, {});
  return withWorkspace(dir, async ({ store }) => {
    const evaluation = await evaluateWith(opened, store, scope, o.onProgress);
    const budget = budgetOf(programme, evaluation);
    return { ...budget, warnings: opened.warnings.map((w) => w.message) };
  });
}
