import { z } from '@hono/zod-openapi';
import {
  CATEGORIES,
  CONTROL_STATUSES,
  CRITERION_STATUSES,
  FREQUENCIES,
  UNIT_STATUSES,
} from '../../app/dashboard/vocabulary.ts';

/** Shapes several responses share (docs/api.md). */
export const DateText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .openapi({ example: '2026-03-14' });
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
export const Period = z.object({ start: DateText, end: DateText }).openapi('Period');
export const Category = z.enum(CATEGORIES);
export const ControlStatus = z.enum(CONTROL_STATUSES);
export const CriterionStatus = z.enum(CRITERION_STATUSES);
export const Frequency = z.enum(FREQUENCIES);

export const Problem = z.object({ path: z.string(), message: z.string() }).openapi('Problem');
export const ErrorBody = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), problems: z.array(Problem).optional() }),
  })
  .openapi('Error');

/** A slot or event item of a control's population, judged (docs/engine.md). */
export const Unit = z
  .object({
    label: z.string(),
    start: DateText,
    end: DateText,
    status: z.enum(UNIT_STATUSES),
    reason: z.string().optional(),
    evidence: z.array(z.string()),
  })
  .openapi('Unit');

export const Criterion = z
  .object({
    id: z.string(),
    title: z.string(),
    category: Category,
    status: CriterionStatus,
    controls: z.array(z.string()),
  })
  .openapi('Criterion');

export const CriteriaCounts = z.object({
  met: z.number().int(),
  at_risk: z.number().int(),
  no_controls: z.number().int(),
});

/** A JSON object whose keys vary by test or type (params, details, evidence payloads). */
export const Json = z.record(z.string(), z.unknown());
