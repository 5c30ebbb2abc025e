import { addDays } from '../../core/dates.ts';
import type { AuditStep, AuditWeek } from './audit-plan.ts';

type Stage = { step: AuditStep; weeks: number; title: string };

/**
 * The auditor's engagement, week by week. Type II: twelve weeks, four of them testing samples spread over
 * the observation period. Type I tests design and implementation at one date, so one week of testing
 * (a single instance per control, soc2-domain.md §3.1) and two of design review: eight weeks.
 */
const STAGES: Record<'I' | 'II', Stage[]> = {
  II: [
    {
      step: 'opening_meeting',
      weeks: 1,
      title: 'Opening meeting: confirm scope, period, request list and dates',
    },
    { step: 'design_review', weeks: 3, title: 'Policy and design review, system description walkthroughs' },
    { step: 'control_testing', weeks: 4, title: 'Control testing: samples drawn across the whole period' },
    { step: 'draft_report', weeks: 1, title: 'Draft report from the auditor' },
    {
      step: 'management_review',
      weeks: 1,
      title: 'Management review of the draft and responses to exceptions',
    },
    { step: 'final_report', weeks: 1, title: 'Final report, management assertion and representation letter' },
    { step: 'report_shared', weeks: 1, title: 'Report shared with customers' },
  ],
  I: [
    {
      step: 'opening_meeting',
      weeks: 1,
      title: 'Opening meeting: confirm scope, as-of date, request list and dates',
    },
    { step: 'design_review', weeks: 2, title: 'Policy and design review, system description walkthroughs' },
    {
      step: 'control_testing',
      weeks: 1,
      title: 'Implementation check: one instance of each control as of the date',
    },
    { step: 'draft_report', weeks: 1, title: 'Draft report from the auditor' },
    { step: 'management_review', weeks: 1, title: 'Management review of the draft' },
    { step: 'final_report', weeks: 1, title: 'Final report, management assertion and representation letter' },
    { step: 'report_shared', weeks: 1, title: 'Report shared with customers' },
  ],
};

/**
 * The weeks of the engagement from `start` (the audit phase's first day). Weeks count from that day, not
 * from a Monday, so the whole engagement always fits inside the phase: 12 weeks are 84 days, and three
 * calendar months are at least 89 days; Type I's 8 weeks are 56 days against at least 59 for two months.
 */
export function auditWeeks(type: 'I' | 'II', start: string): AuditWeek[] {
  const out: AuditWeek[] = [];
  for (const stage of STAGES[type]) {
    for (let i = 0; i < stage.weeks; i++) {
      const from = addDays(start, 7 * out.length);
      out.push({
        week: out.length + 1,
        start: from,
        end: addDays(from, 6),
        step: stage.step,
        title: stage.title,
      });
    }
  }
  return out;
}
