/** The five Trust Services categories; Security (the common criteria) is always in scope. */
export const CATEGORIES = [
  'security',
  'availability',
  'confidentiality',
  'processing_integrity',
  'privacy',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_TITLES: Record<Category, string> = {
  security: 'Security',
  availability: 'Availability',
  confidentiality: 'Confidentiality',
  processing_integrity: 'Processing Integrity',
  privacy: 'Privacy',
};
