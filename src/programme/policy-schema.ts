import { z } from 'zod';
import { CRITERION_ID } from '../core/criterion.ts';
import { DateSchema } from './evident-yaml-schema.ts';

/** The front matter of a policy in `policies/*.md`. */
export const PolicyFrontMatterSchema = z.strictObject({
  title: z.string().min(1),
  version: z.union([z.string().min(1), z.number()]).transform(String),
  owner: z.string().min(1),
  approved_by: z.string().min(1).optional(),
  approved_at: DateSchema.optional(),
  review: z.enum(['annual', 'semiannual', 'quarterly']).default('annual'),
  criteria: z.array(z.string().regex(CRITERION_ID)).default([]),
});
