/** One part of an Open Packaging Conventions package: its zip path (no leading slash) and its XML. */
export type Part = { path: string; data: string };
