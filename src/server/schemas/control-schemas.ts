import { z } from '@hono/zod-openapi';
import { CONTROL_ID, CRITERION_ID } from '../../app/dashboard/vocabulary.ts';
import { Category, ControlStatus, Criterion, Frequency, Json, Sha256Hex, Unit } from './common-schemas.ts';

export const ControlsQuery = z.object({
  status: ControlStatus.optional(),
  criterion: z.string().regex(CRITERION_ID, 'a criterion id such as CC6.1').optional(),
  category: Category.optional(),
  q: z.string().max(200).optional(),
});

const ControlBase = z.object({
  id: z.string(),
  title: z.string(),
  owner: z.string(),
  frequency: Frequency,
  test: z.string(),
  criteria: z.array(z.string()),
  iso: z.array(z.string()),
  status: ControlStatus,
  expected: z.number().int(),
  met: z.number().int(),
});

export const ControlList = z
  .object({ controls: z.array(ControlBase.extend({ exceptions: z.number().int() }).openapi('ControlRow')) })
  .openapi('ControlList');

export const ControlParams = z.object({
  id: z
    .string()
    .max(100)
    .regex(CONTROL_ID, 'a kebab-case control id such as "access-review"')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'vuln-scan' }),
});

/** The report model's control (docs/reports.md). */
export const ControlDetail = ControlBase.extend({
  description: z.string(),
  params: Json,
  details: Json,
  tested: z.string(),
  result: z.string(),
  retroactive: z.number().int(),
  management_response: z.string().optional(),
  justification: z.string().optional(),
  population: z.array(Unit),
  exceptions: z.array(z.object({ slot: z.string(), reason: z.string(), evidence: z.array(z.string()) })),
  sample: z
    .object({
      seed: z.string(),
      method: z.enum(['all', 'stratified']),
      sample_size: z.number().int(),
      population_size: z.number().int(),
      population_sha256: Sha256Hex,
      items: z.array(Unit),
    })
    .optional(),
}).openapi('ControlDetail');

export const CriteriaList = z.object({ criteria: z.array(Criterion) }).openapi('CriteriaList');
