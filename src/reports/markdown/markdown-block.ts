import { type Block, cellText } from '../document/block.ts';
import { escapeCell, escapeMarkdown } from './escape-markdown.ts';

const TONES = { template: 'Template', action: 'To do', warning: 'Warning' } as const;

/** One block as GitHub-flavoured Markdown. Heading ids are explicit anchors (`<a id>`), safe by construction. */
export function markdownBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<a id="${block.id}"></a>\n\n${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return paragraphs(block.text);
    case 'fields':
      return block.items
        .map((f) => `- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}`)
        .join('\n');
    case 'list':
      return block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
    case 'table':
      return markdownTable(
        block.columns,
        block.rows.map((r) => r.map(cellText)),
      );
    case 'chart':
      return `![${escapeMarkdown(block.title)}](charts/${block.name}.svg)`;
    case 'page-break':
      return '---';
    case 'callout':
      return [
        `> **${TONES[block.tone]}:** ${escapeMarkdown(block.text)}`,
        ...(block.items?.length ? ['>', ...block.items.map((i) => `> - ${escapeMarkdown(i)}`)] : []),
      ].join('\n');
    case 'contents':
      return block.entries
        .map((e) => `${e.level === 1 ? '' : '  '}- [${escapeMarkdown(e.text)}](#${e.id})`)
        .join('\n');
  }
}

/** Blank lines in the text separate paragraphs; other line breaks join the words of one paragraph. */
const paragraphs = (text: string): string =>
  text
    .split(/(?:\r\n|[\r\n\u2028\u2029])[ \t]*(?:\r\n|[\r\n\u2028\u2029])\s*/)
    .map(escapeMarkdown)
    .filter(Boolean)
    .join('\n\n') || '\u00a0';

/** A GFM table (spec §4.10): header row, delimiter row, one line per row, every cell escaped. */
export function markdownTable(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) =>
    `| ${columns.map((_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |`;
  return [line(columns), `|${columns.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
