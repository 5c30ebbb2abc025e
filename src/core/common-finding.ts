import { z } from 'zod';

/** A classic audit finding: what auditors typically see in an area, and the fix. */
export const CommonFindingSchema = z.strictObject({
  area: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: z.string().min(1),
  issue: z.string().min(1),
  fix: z.string().min(1),
  controls: z.array(z.string()).min(1),
  criteria: z.array(z.string()).min(1),
});

export const CommonFindingsCatalogSchema = z.strictObject({
  findings: z.array(CommonFindingSchema).min(1),
});

export type CommonFinding = z.infer<typeof CommonFindingSchema>;
