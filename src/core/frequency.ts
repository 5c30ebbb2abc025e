/** How often a control operates; DESIGN.md §5 derives the slots of a period from it. */
export const FREQUENCIES = [
  'continuous',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'annual',
  'event',
] as const;
export type Frequency = (typeof FREQUENCIES)[number];
