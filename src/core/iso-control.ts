import { z } from 'zod';

export const ISO_THEMES = ['organizational', 'people', 'physical', 'technological'] as const;
export type IsoTheme = (typeof ISO_THEMES)[number];

/** Annex A references are written `A.<clause>.<n>`, e.g. `A.8.8`. */
export const ISO_CONTROL_ID = /^A\.[5-8]\.[1-9][0-9]?$/;

export const IsoControlSchema = z.strictObject({
  id: z.string().regex(ISO_CONTROL_ID),
  theme: z.enum(ISO_THEMES),
  /** Our own short paraphrase: ISO's wording is copyrighted. */
  title: z.string().min(1),
  new_in_2022: z.boolean().default(false),
});

export const IsoCatalogSchema = z.strictObject({
  framework: z.literal('iso27001-2022'),
  title: z.string(),
  note: z.string().optional(),
  controls: z.array(IsoControlSchema),
});

export type IsoControl = z.infer<typeof IsoControlSchema>;
export type IsoCatalog = z.infer<typeof IsoCatalogSchema>;
