import { z } from 'zod';
import { CATEGORIES } from './category.ts';

/** Criterion ids are written without a space (`CC6.1`), as the AICPA and most catalogs do. */
export const CRITERION_ID = /^(CC[1-9]|A1|C1|PI1|P[1-8])\.[1-9]$/;

export const CriterionGroupSchema = z.strictObject({
  id: z.string().regex(/^(CC[1-9]|A1|C1|PI1|P[1-8])$/),
  title: z.string().min(1),
  category: z.enum(CATEGORIES),
});

export const CriterionSchema = z.strictObject({
  id: z.string().regex(CRITERION_ID),
  group: z.string(),
  /** COSO 2013 principle restated by CC1–CC5 (the CC numbering is not COSO order). */
  coso: z.number().int().min(1).max(17).optional(),
  /** Our own paraphrase: AICPA's wording is copyrighted. */
  title: z.string().min(1),
});

export const TscCatalogSchema = z.strictObject({
  framework: z.literal('tsc-2017'),
  title: z.string(),
  groups: z.array(CriterionGroupSchema),
  criteria: z.array(CriterionSchema),
});

export type CriterionGroup = z.infer<typeof CriterionGroupSchema>;
export type Criterion = z.infer<typeof CriterionSchema> & { category: (typeof CATEGORIES)[number] };
export type TscCatalog = z.infer<typeof TscCatalogSchema>;
