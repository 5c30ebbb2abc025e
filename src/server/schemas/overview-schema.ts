import { z } from '@hono/zod-openapi';
import {
  Category,
  ControlStatus,
  CriteriaCounts,
  Criterion,
  DateText,
  Period,
  Unit,
} from './common-schemas.ts';

export const Overview = z
  .object({
    organisation: z.string(),
    system: z.string(),
    type: z.enum(['I', 'II']),
    period: Period,
    as_of: DateText.optional(),
    today: DateText,
    days_remaining: z.number().int().min(0),
    evaluated_at: z.string(),
    ledger: z.object({ size: z.number().int(), root: z.string() }),
    summary: z.object({
      controls: z.record(ControlStatus, z.number().int()),
      criteria: CriteriaCounts,
      exceptions: z.number().int(),
      expected: z.number().int(),
      met: z.number().int(),
    }),
    categories: z.array(z.object({ id: Category, title: z.string(), criteria: CriteriaCounts })),
    criteria: z.array(Criterion),
    readiness: z.object({
      score: z.number(),
      categories: z.array(z.object({ category: Category, title: z.string(), score: z.number() })),
    }),
    failures: z.array(
      z.object({
        control: z.string(),
        title: z.string(),
        slot: z.string(),
        start: DateText,
        end: DateText,
        status: Unit.shape.status,
        reason: z.string(),
      }),
    ),
  })
  .openapi('Overview');
