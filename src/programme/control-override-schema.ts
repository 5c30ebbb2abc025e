import { z } from 'zod';
import { ControlSchema, ParamsSchema } from '../core/control.ts';

const s = ControlSchema.shape;

/**
 * One file in `controls/`: changes to a library control, or (with `custom: true`) a control of the
 * company's own. Every key but `id` is optional and carries no default, so an override changes only
 * what it names; `params` are merged key by key over the library's.
 */
export const ControlOverrideSchema = z.strictObject({
  id: s.id,
  custom: z.literal(true).optional(),
  title: s.title.optional(),
  description: s.description.optional(),
  owner: s.owner.optional(),
  frequency: s.frequency.optional(),
  evidence: s.evidence.optional(),
  test: s.test.optional(),
  params: ParamsSchema.optional(),
  criteria: s.criteria.optional(),
  iso: s.iso.unwrap().optional(),
  finding_area: s.finding_area,
  grace_days: s.grace_days.unwrap().optional(),
  tolerable_rate: s.tolerable_rate.unwrap().optional(),
  enabled: z.boolean().optional(),
  /** Required when `enabled: false`: why the control does not apply (shown as not applicable). */
  justification: z.string().optional(),
  prior_exceptions: z.boolean().optional(),
});

export type ControlOverride = z.output<typeof ControlOverrideSchema>;
