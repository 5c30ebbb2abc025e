import { chartSvg } from '../charts/chart-svg.ts';
import type { ChartName } from '../document/block.ts';
import { reportDocument } from '../document/report-document.ts';
import type { ReportModel } from '../report-model.ts';
import { escapeHtml } from './escape-html.ts';
import { htmlBlock } from './html-block.ts';
import { REPORT_CSS } from './report-css.ts';

/** Nothing may load or run: styles are inline, charts are inline SVG, there are no scripts. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The SOC 2 report draft as one self-contained HTML5 file: inline CSS and SVG charts, no script and no
 * external URL, so it opens offline, prints to A4 and converts to PDF as is.
 */
export function renderHtml(model: ReportModel): string {
  const doc = reportDocument(model);
  const charts = new Map<ChartName, string>();
  const chart = (name: ChartName) => {
    const svg = charts.get(name) ?? chartSvg(name, model);
    charts.set(name, svg);
    return svg;
  };
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Evident">',
    `<title>${escapeHtml(`${doc.title} — ${model.organisation.name}`)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="draft-mark" aria-hidden="true">DRAFT</div>',
    `<div class="draft-banner">DRAFT — prepared by management with Evident; not a service auditor's report</div>`,
    '<main>',
    ...doc.blocks.map((b) => htmlBlock(b, chart)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
