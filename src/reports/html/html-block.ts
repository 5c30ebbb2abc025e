import type { Block, Cell, ChartName } from '../document/block.ts';
import { escapeHtml } from './escape-html.ts';

const TONES = { template: 'Template', action: 'To do', warning: 'Warning' } as const;

/** One block as HTML. Every piece of text goes through {@link escapeHtml}; ids are safe slugs. */
export function htmlBlock(block: Block, chart: (name: ChartName) => string): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level} id="${escapeHtml(block.id)}">${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return block.text
        .split(/\r?\n[ \t]*\r?\n/)
        .filter((p) => p.trim())
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join('\n');
    case 'fields':
      return `<dl class="fields">${block.items.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('')}</dl>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'table':
      return [
        '<table>',
        `<thead><tr>${block.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...block.rows.map(
          (r) => `<tr>${block.columns.map((_, i) => `<td>${cell(r[i] ?? '')}</td>`).join('')}</tr>`,
        ),
        '</tbody>',
        '</table>',
      ].join('\n');
    case 'chart': {
      const svg = chart(block.name).replace(
        /^<svg /,
        `<svg role="img" aria-label="${escapeHtml(block.title)}" `,
      );
      return `<figure class="chart">\n${svg}\n<figcaption>${escapeHtml(block.title)}</figcaption>\n</figure>`;
    }
    case 'page-break':
      return '<div class="page-break"></div>';
    case 'callout':
      return [
        `<div class="callout callout-${block.tone}" role="note">`,
        `<span class="callout-label">${TONES[block.tone]}:</span> ${escapeHtml(block.text)}`,
        ...(block.items?.length
          ? [`<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`]
          : []),
        '</div>',
      ].join('\n');
    case 'contents':
      return `<nav class="contents"><ul>${block.entries
        .map(
          (e) => `<li class="toc-${e.level}"><a href="#${escapeHtml(e.id)}">${escapeHtml(e.text)}</a></li>`,
        )
        .join('')}</ul></nav>`;
  }
}

/** A table cell; line breaks stay visible, and a long form (full evidence ids) becomes a tooltip. */
function cell(c: Cell): string {
  const text = (s: string) => escapeHtml(s).replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>');
  return typeof c === 'string' ? text(c) : `<span title="${escapeHtml(c.title)}">${text(c.text)}</span>`;
}
