import type { Catalog } from '../core/catalog.ts';
import type { Programme } from '../core/programme.ts';
import { controlScope, inScopeCriteria } from '../engine/control-scope.ts';
import { renderHtml } from '../reports/html/render-html.ts';
import { renderMarkdown } from '../reports/markdown/render-markdown.ts';
import { assessmentResults } from '../reports/oscal/assessment-results.ts';
import { oscalCatalog } from '../reports/oscal/oscal-catalog.ts';
import type { ReportModel } from '../reports/report-model.ts';
import { workbookParts } from '../reports/xlsx/workbook-parts.ts';
import { htmlToPdf } from './html-to-pdf.ts';
import { type ZipEntry, zipBytes } from './package/zip-bytes.ts';

export const REPORT_FORMATS = ['md', 'html', 'pdf', 'xlsx', 'oscal', 'oscal-catalog'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

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
      const { markdown, charts } = renderMarkdown(model);
      return [
        { path: 'report.md', data: markdown },
        ...charts.map((c) => ({ path: `charts/${c.name}.svg`, data: c.svg })),
      ];
    }
    case 'html':
      return [{ path: 'report.html', data: renderHtml(model) }];
    case 'pdf':
      return [{ path: 'report.pdf', data: await htmlToPdf(renderHtml(model)) }];
    case 'xlsx':
      return [{ path: 'workbook.xlsx', data: await zipBytes(workbookParts(model)) }];
    case 'oscal':
      return [{ path: 'assessment-results.json', data: json(assessmentResults(model)) }];
    case 'oscal-catalog': {
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
