import { chartSvg } from '../charts/chart-svg.ts';
import type { ChartName } from '../document/block.ts';
import { reportDocument } from '../document/report-document.ts';
import type { ReportModel } from '../report-model.ts';
import { markdownBlock } from './markdown-block.ts';

/**
 * The SOC 2 report draft as Markdown. Charts are separate SVG files: the caller writes each as
 * `charts/<name>.svg` beside the Markdown, where its image link points.
 */
export function renderMarkdown(model: ReportModel): {
  markdown: string;
  charts: { name: string; svg: string }[];
} {
  const doc = reportDocument(model);
  const names: ChartName[] = [];
  for (const b of doc.blocks) if (b.kind === 'chart' && !names.includes(b.name)) names.push(b.name);
  const markdown = `${doc.blocks.map(markdownBlock).join('\n\n')}\n`;
  return { markdown, charts: names.map((name) => ({ name, svg: chartSvg(name, model) })) };
}
