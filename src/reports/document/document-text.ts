import { type Block, cellText } from './block.ts';
import type { ReportDocument } from './report-document.ts';

/** What a reader sees of some blocks, as lines of plain text (test support: assert on words, not markup). */
export function documentText(blocks: readonly Block[]): string {
  return blocks.flatMap(linesOf).join('\n');
}

function linesOf(b: Block): string[] {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return [b.text];
    case 'fields':
      return b.items.map((f) => `${f.label}: ${f.value}`);
    case 'list':
      return b.items;
    case 'table':
      return [b.columns.join(' | '), ...b.rows.map((r) => r.map(cellText).join(' | '))];
    case 'chart':
      return [`[chart ${b.name}: ${b.title}]`];
    case 'page-break':
      return [];
    case 'callout':
      return [`${b.tone}: ${b.text}`, ...(b.items ?? [])];
    case 'contents':
      return b.entries.map((e) => e.text);
  }
}

/** The blocks from the heading with this id up to the next heading of the same or a higher level. */
export function sectionOf(doc: ReportDocument, id: string): Block[] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.id === id);
  const head = doc.blocks[start];
  if (head?.kind !== 'heading') throw new Error(`no heading ${id}`);
  const rest = doc.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading' && b.level <= head.level);
  return [head, ...(end < 0 ? rest : rest.slice(0, end))];
}
