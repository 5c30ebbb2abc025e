import type { Readiness } from '../../engine/readiness/assess-readiness.ts';
import type { ReportModel } from '../../reports/report-model.ts';
import type { LedgerHead } from '../../store/store.ts';
import { assembleReport } from '../assemble-report.ts';
import type { Budget, BudgetInputs } from '../budget-programme.ts';
import { evaluationScope } from '../evaluate-programme.ts';
import { type AuditPlan, planProgramme } from '../plan-programme.ts';
import type { Workspace } from '../workspace.ts';
import { budgetOf } from './budget-of.ts';
import { readinessWith } from './readiness-with.ts';

/** Everything the dashboard shows that comes from evaluating the programme, made at one moment. */
export type DashboardEvaluation = {
  /** The state it was made from: ledger head, programme files and today's date. */
  key: string;
  evaluated_at: string;
  today: string;
  ledger: LedgerHead;
  /** The workspace (programme) it was made with; reports are rendered with it. */
  ws: Workspace;
  /** The report model of the programme's report scope: controls, criteria, populations, samples. */
  model: ReportModel;
  readiness: Readiness;
  plan: AuditPlan;
  budget: Budget & { inputs: BudgetInputs };
};

export async function computeEvaluation(
  ws: Workspace,
  at: { key: string; today: string; ledger: LedgerHead; now: Date },
): Promise<DashboardEvaluation> {
  const model = await assembleReport(ws, evaluationScope(ws.programme, {}), { now: at.now });
  const readiness = await readinessWith(ws, at.today);
  const { warnings: _warnings, ...plan } = planProgramme(ws.programme.dir, { start: at.today });
  return {
    key: at.key,
    evaluated_at: at.now.toISOString(),
    today: at.today,
    ledger: at.ledger,
    ws,
    model,
    readiness,
    plan,
    budget: budgetOf(ws.programme, model),
  };
}
