import type { Programme } from '../../core/programme.ts';
import { type Budget, estimateBudget } from '../../engine/budget/estimate-budget.ts';
import type { Evaluation } from '../../engine/evaluation.ts';
import type { BudgetInputs } from '../budget-programme.ts';
import { gapsFromEvaluation } from '../gaps-from-evaluation.ts';

/**
 * `evident budget` from an evaluation of the report scope already made (the dashboard's), so the budget
 * costs no second pass over the evidence; the inputs are those of budgetProgramme.
 */
export function budgetOf(
  programme: Programme,
  evaluation: Pick<Evaluation, 'controls' | 'criteria'>,
): Budget & { inputs: BudgetInputs } {
  const { headcount } = programme.organisation;
  const inputs: BudgetInputs = {
    categories: programme.categories,
    ...(headcount === undefined ? {} : { headcount }),
    systems: programme.system.boundaries.infrastructure.length + programme.system.boundaries.software.length,
    vendors: programme.vendors.length,
    open_gaps: gapsFromEvaluation(evaluation),
    gaps_from: programme.report,
  };
  const budget = estimateBudget({
    type: programme.report.type,
    categories: programme.categories,
    ...(headcount === undefined ? {} : { headcount }),
    systems: inputs.systems,
    vendors: inputs.vendors,
    openGaps: inputs.open_gaps,
  });
  return { ...budget, inputs };
}
