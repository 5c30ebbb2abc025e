import type { ReportScope } from '../../core/programme.ts';

export type PhaseId = 'scope' | 'readiness' | 'evidence' | 'audit';

/** One thing to do in a phase; `command` names the Evident command that does or checks it, if any. */
export type PlanTask = { title: string; command?: string };

export type Phase = {
  id: PhaseId;
  title: string;
  /** Month numbers of the plan, counted from 1, both inclusive (see `monthSpan`). */
  months: { from: number; to: number };
  start: string;
  end: string;
  tasks: PlanTask[];
};

export type AuditStep =
  | 'opening_meeting'
  | 'design_review'
  | 'control_testing'
  | 'draft_report'
  | 'management_review'
  | 'final_report'
  | 'report_shared';

/** One week of the auditor's engagement: seven days, `start` to `end` inclusive. */
export type AuditWeek = { week: number; start: string; end: string; step: AuditStep; title: string };

/**
 * A first-audit timeline. `report` has the shape of `report` in evident.yaml: the Type II observation
 * period (which is the evidence phase) or the Type I as-of date.
 */
export type AuditPlan = {
  report: ReportScope;
  start: string;
  end: string;
  phases: Phase[];
  audit_weeks: AuditWeek[];
};
