/** The two charts of section 4; both renderers draw them from the same model (charts/chart-svg.ts). */
export type ChartName = 'criteria-status' | 'slot-heatmap';

/** A table cell: plain text, or text with a longer form (full evidence ids) that HTML shows on hover. */
export type Cell = string | { text: string; title: string };

/**
 * One format-neutral piece of the report. Sections produce these and the Markdown and HTML renderers
 * only lay them out, so both formats always say the same thing. All text is plain (never markup).
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; items: { label: string; value: string }[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: string[]; rows: Cell[][] }
  | { kind: 'chart'; name: ChartName; title: string }
  | { kind: 'page-break' }
  | { kind: 'callout'; tone: 'template' | 'action' | 'warning'; text: string; items?: string[] }
  | { kind: 'contents'; entries: { id: string; text: string; level: 1 | 2 }[] };

export type Heading = Extract<Block, { kind: 'heading' }>;

export const heading = (level: Heading['level'], text: string, id: string): Block => ({
  kind: 'heading',
  level,
  text,
  id,
});
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const list = (items: string[]): Block => ({ kind: 'list', items });
export const table = (columns: string[], rows: Cell[][]): Block => ({ kind: 'table', columns, rows });
export const callout = (tone: 'template' | 'action' | 'warning', text: string, items?: string[]): Block =>
  items?.length ? { kind: 'callout', tone, text, items } : { kind: 'callout', tone, text };
export const pageBreak: Block = { kind: 'page-break' };

/** Plain text of a cell, for renderers that cannot show the long form. */
export const cellText = (cell: Cell): string => (typeof cell === 'string' ? cell : cell.text);
