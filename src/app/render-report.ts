import type { Catalog } from '../core/catalog.ts';
import type { Programme } from '../core/programme.ts';
import { controlScope, inScopeCriteria } from '../engine/control-scope.ts';
import type { ReportModel } from '../reports/report-model.ts';
import type { ZipEntry } from './package/zip-bytes.ts';

export const REPORT_FORMATS = ['md', 'html', 'pdf', 'xlsx', 'oscal', 'oscal-catalog'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

// Renderers load on first use: ECharts, the browser driver and the zip writer are heavy, and every CLI
// command that merely lists the formats would otherwise pay for them at start-up.
const html = async (model: ReportModel) => (await import('../reports/html/render-html.ts')).renderHtml(model);

/**
 * One report format as files: the report first, then what it refers to (Markdown's charts, by relative
 * path). The same model feeds every format, so they cannot disagree (docs/reports.md).
 */
export async function renderReport(
  model: ReportModel,
  format: ReportFormat,
  context: { catalog: Catalog; programme: Programme },
): Promise<ZipEntry[]> {
  switch (format) {
    case 'md': {
      const { renderMarkdown } = await import('../reports/markdown/render-markdown.ts');
      const { markdown, charts } = renderMarkdown(model);
      return [
        { path: 'report.md', data: markdown },
        ...charts.map((c) => ({ path: `charts/${c.name}.svg`, data: c.svg })),
      ];
    }
    case 'html':
      return [{ path: 'report.html', data: await html(model) }];
    case 'pdf': {
      const { htmlToPdf } = await import('./html-to-pdf.ts');
      return [{ path: 'report.pdf', data: await htmlToPdf(await html(model)) }];
    }
    case 'xlsx': {
      const { workbookParts } = await import('../reports/xlsx/workbook-parts.ts');
      const { zipBytes } = await import('./package/zip-bytes.ts');
      return [{ path: 'workbook.xlsx', data: await zipBytes(workbookParts(model)) }];
    }
    case 'oscal': {
      const { assessmentResults } = await import('../reports/oscal/assessment-results.ts');
      return [{ path: 'assessment-results.json', data: json(assessmentResults(model)) }];
    }
    case 'oscal-catalog': {
      const { oscalCatalog } = await import('../reports/oscal/oscal-catalog.ts');
      const { catalog, programme } = context;
      const inScope = inScopeCriteria(programme, catalog);
      return [
        {
          path: 'catalog.json',
          data: json(
            oscalCatalog({
              generated_at: model.generated_at,
              organisation: model.organisation,
              groups: catalog.tsc.groups,
              criteria: catalog.tsc.criteria,
              controls: programme.controls.filter((c) => controlScope(c, inScope) === 'in_scope'),
            }),
          ),
        },
      ];
    }
  }
}
