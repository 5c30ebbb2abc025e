import { isValidDate } from '../../core/dates.ts';
import { EvidentError } from '../../core/errors.ts';
import type { AuditPlan, Phase, PhaseId } from './audit-plan.ts';
import { auditWeeks } from './audit-weeks.ts';
import { monthSpan } from './month-span.ts';
import { phaseTasks } from './phase-tasks.ts';

export type PlanInput = { type: 'I' | 'II'; start: string; periodMonths?: number };

/** Evidence runs from month 4 to month 3 + period, so 7 puts the audit in months 10–12 of a year. */
export const DEFAULT_PERIOD_MONTHS = 7;
/**
 * Practice, not an AICPA rule: 3 months is the shortest period seen (first reports), 12 the usual
 * (soc2-domain.md §4.4).
 */
export const PERIOD_MONTHS = { min: 3, max: 12 } as const;

const TITLES: Record<PhaseId, string> = {
  scope: 'Scope',
  readiness: 'Readiness',
  evidence: 'Evidence collection (observation period)',
  audit: 'Audit',
};

const phase = (id: PhaseId, type: 'I' | 'II', start: string, from: number, to: number): Phase => ({
  id,
  title: TITLES[id],
  months: { from, to },
  ...monthSpan(start, from, to),
  tasks: phaseTasks(id, type),
});

/**
 * A first-audit timeline from the programme's start. Phases share their boundary month (scope 1–2,
 * readiness 2–4, evidence 4–10, audit 10–12), as the work really overlaps: the auditor opens the
 * engagement and reviews design during the last month of the period.
 *
 * Type II: the evidence phase is the observation period (months 4 to 3 + `periodMonths`), and the audit
 * takes the three months starting with its last month. Type I has no period: the audit takes months 5–6,
 * with the as-of date on its first day, the day after readiness ends.
 */
export function planAudit(input: PlanInput): AuditPlan {
  const { type, start } = input;
  if (!isValidDate(start))
    throw new EvidentError('bad_input', `plan start "${start}" is not a YYYY-MM-DD date`);
  if (type === 'I') {
    if (input.periodMonths !== undefined)
      throw new EvidentError('bad_input', 'a Type I report has no observation period; drop periodMonths');
    const phases = [phase('scope', type, start, 1, 2), phase('readiness', type, start, 2, 4)];
    const audit = phase('audit', type, start, 5, 6);
    return {
      report: { type, as_of: audit.start },
      start,
      end: audit.end,
      phases: [...phases, audit],
      audit_weeks: auditWeeks(type, audit.start),
    };
  }
  const months = input.periodMonths ?? DEFAULT_PERIOD_MONTHS;
  if (!Number.isInteger(months) || months < PERIOD_MONTHS.min || months > PERIOD_MONTHS.max)
    throw new EvidentError(
      'bad_input',
      `observation period of ${months} months: use a whole number from ${PERIOD_MONTHS.min} to ${PERIOD_MONTHS.max}`,
    );
  const evidence = phase('evidence', type, start, 4, 3 + months);
  const audit = phase('audit', type, start, 3 + months, 5 + months);
  return {
    report: { type, period: { start: evidence.start, end: evidence.end } },
    start,
    end: audit.end,
    phases: [phase('scope', type, start, 1, 2), phase('readiness', type, start, 2, 4), evidence, audit],
    audit_weeks: auditWeeks(type, audit.start),
  };
}
