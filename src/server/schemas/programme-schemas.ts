import { z } from '@hono/zod-openapi';
import { IMPACTS } from '../../app/dashboard/vocabulary.ts';
import { Category, ControlStatus, DateText, Period } from './common-schemas.ts';

/** The `evident readiness --json` object (docs/cli.md). */
export const Readiness = z
  .object({
    as_of: DateText,
    window: Period,
    score: z.object({ overall: z.number(), by_category: z.partialRecord(Category, z.number()) }),
    criteria_without_controls: z.array(z.object({ id: z.string(), title: z.string() })),
    controls_without_evidence: z.array(
      z.object({ id: z.string(), title: z.string(), frequency: z.string(), evidence: z.array(z.string()) }),
    ),
    failing_controls: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        status: ControlStatus,
        exceptions: z.number().int(),
        expected: z.number().int(),
        latest: z.array(z.object({ slot: z.string(), reason: z.string() })),
      }),
    ),
    stale_controls: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        last_met: z.string().nullable(),
        missing_since: z.string(),
      }),
    ),
    quiet_event_controls: z.array(
      z.object({ id: z.string(), title: z.string(), evidence: z.array(z.string()) }),
    ),
    common_findings: z.array(
      z.object({
        area: z.string(),
        title: z.string(),
        issue: z.string(),
        fix: z.string(),
        controls: z.array(
          z.object({ id: z.string(), status: z.union([ControlStatus, z.literal('not_in_programme')]) }),
        ),
      }),
    ),
    tasks: z.array(
      z.object({
        rank: z.number().int(),
        impact: z.enum(IMPACTS),
        title: z.string(),
        fix: z.string(),
        controls: z.array(z.string()),
        criteria: z.array(z.string()),
      }),
    ),
    earliest_type2_start: z.object({
      date: DateText.nullable(),
      limited_by: z.object({ control: z.string(), last_missing: z.string() }).optional(),
      blocking: z.array(z.string()),
    }),
  })
  .openapi('Readiness');

/** `report` as in evident.yaml: a Type II period or a Type I as-of date. */
const ReportScope = z.union([
  z.object({ type: z.literal('II'), period: Period }),
  z.object({ type: z.literal('I'), as_of: DateText }),
]);

/** The `evident plan --json` object (docs/cli.md). */
export const Plan = z
  .object({
    report: ReportScope,
    start: DateText,
    end: DateText,
    phases: z.array(
      z.object({
        id: z.enum(['scope', 'readiness', 'evidence', 'audit']),
        title: z.string(),
        months: z.object({ from: z.number().int(), to: z.number().int() }),
        start: DateText,
        end: DateText,
        tasks: z.array(z.object({ title: z.string(), command: z.string().optional() })),
      }),
    ),
    audit_weeks: z.array(
      z.object({
        week: z.number().int(),
        start: DateText,
        end: DateText,
        step: z.enum([
          'opening_meeting',
          'design_review',
          'control_testing',
          'draft_report',
          'management_review',
          'final_report',
          'report_shared',
        ]),
        title: z.string(),
      }),
    ),
  })
  .openapi('Plan');

const UsdRange = z.object({ low: z.number(), high: z.number(), open_ended: z.literal(true).optional() });
const BudgetLine = UsdRange.extend({
  item: z.enum(['readiness_assessment', 'type1_audit', 'type2_audit', 'remediation', 'type2_renewal']),
  title: z.string(),
  range: UsdRange,
  reasons: z.array(z.string()),
});

/** The `evident budget --json` object (docs/cli.md). */
export const Budget = z
  .object({
    type: z.enum(['I', 'II']),
    renewal: z.boolean(),
    lines: z.array(BudgetLine),
    total: UsdRange,
    ongoing: z.array(BudgetLine),
    inputs: z.object({
      categories: z.array(z.string()),
      headcount: z.number().int().optional(),
      systems: z.number().int(),
      vendors: z.number().int(),
      open_gaps: z.object({
        critical: z.number().int(),
        high: z.number().int(),
        medium: z.number().int(),
        low: z.number().int(),
      }),
      gaps_from: ReportScope,
    }),
  })
  .openapi('Budget');
