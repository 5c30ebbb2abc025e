import { z } from 'zod';
import { CONTROL_TESTS } from './control-test.ts';
import { CRITERION_ID } from './criterion.ts';
import { EVIDENCE_TYPES } from './evidence-type.ts';
import { FREQUENCIES } from './frequency.ts';
import { ISO_CONTROL_ID } from './iso-control.ts';

export const CONTROL_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Test parameters are plain data: numbers, strings, booleans and lists of them. */
export const ParamValueSchema = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.array(z.union([z.number(), z.string()])),
]);
export const ParamsSchema = z.record(z.string(), ParamValueSchema);

export const ControlSchema = z.strictObject({
  id: z.string().regex(CONTROL_ID, 'a kebab-case id such as "access-review"'),
  title: z.string().min(1),
  description: z.string().min(1),
  owner: z.string().min(1),
  frequency: z.enum(FREQUENCIES),
  /** The evidence types the test reads; the first is the one whose items make the slots or population. */
  evidence: z.array(z.enum(EVIDENCE_TYPES)).min(1),
  test: z.enum(CONTROL_TESTS),
  params: ParamsSchema.default({}),
  criteria: z.array(z.string().regex(CRITERION_ID)).min(1),
  iso: z.array(z.string().regex(ISO_CONTROL_ID)).default([]),
  finding_area: z.string().optional(),
  /** Days a slot's window is extended by (DESIGN.md §5). */
  grace_days: z.number().int().min(0).max(366).default(0),
  /** Exception rate still reported as `exceptions` rather than `not_effective`. */
  tolerable_rate: z.number().min(0).max(1).default(0.1),
});

export const ControlLibrarySchema = z.strictObject({
  controls: z.array(ControlSchema).min(1),
});

export type Control = z.infer<typeof ControlSchema>;
export type Params = z.infer<typeof ParamsSchema>;
