import { formatDate, isValidDate, monthsCovered } from '../core/dates.ts';
import { EvidentError } from '../core/errors.ts';
import type { AuditPlan } from '../engine/plan/audit-plan.ts';
import { planAudit } from '../engine/plan/plan-audit.ts';
import { openProgramme } from './open-programme.ts';

export type { AuditPlan, AuditWeek, Phase } from '../engine/plan/audit-plan.ts';

/**
 * `evident plan`: the first-audit timeline (docs/plan-and-budget.md) for the programme's report type,
 * from `start` (default: today, UTC). For Type II the observation period is as long as the programme's
 * `report.period` in whole months (evident.yaml allows 3 to 12), so the plan's `report` can replace it
 * with the dates moved and the length kept.
 */
export function planProgramme(dir: string, o: { start?: string } = {}): AuditPlan & { warnings: string[] } {
  const start = o.start ?? formatDate(new Date());
  if (!isValidDate(start))
    throw new EvidentError('bad_input', `--start: expected a date YYYY-MM-DD, got "${start}"`);
  const { programme, warnings } = openProgramme(dir);
  const report = programme.report;
  const plan =
    report.type === 'I'
      ? planAudit({ type: 'I', start })
      : planAudit({ type: 'II', start, periodMonths: monthsCovered(report.period.start, report.period.end) });
  return { ...plan, warnings: warnings.map((w) => w.message) };
}
