import type { Block } from './block.ts';

/** The table of contents: every section and subsection heading (levels 1 and 2) that follows it. */
export function contents(sections: readonly Block[]): Block[] {
  const entries: Extract<Block, { kind: 'contents' }>['entries'] = [];
  for (const b of sections)
    if (b.kind === 'heading' && b.level <= 2)
      entries.push({ id: b.id, text: b.text, level: b.level === 1 ? 1 : 2 });
  return [
    { kind: 'heading', level: 2, text: 'Contents', id: 'contents' },
    { kind: 'contents', entries },
  ];
}
