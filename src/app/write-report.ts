import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EvidentError } from '../core/errors.ts';
import { assembleReport } from './assemble-report.ts';
import { evaluationScope } from './evaluate-programme.ts';
import { REPORT_FORMATS, type ReportFormat, renderReport } from './render-report.ts';
import { withWorkspace } from './with-workspace.ts';

export type WriteReportOptions = {
  format: string;
  /** The file to write; its folder also receives `charts/` for Markdown. Default `report.<ext>` here. */
  out?: string;
  period?: string;
  asOf?: string;
  seed?: string;
  now?: Date;
  onProgress?: (message: string) => void;
};

export type WrittenReport = {
  format: ReportFormat;
  files: { path: string; bytes: number; sha256: string }[];
  type: 'I' | 'II';
  period: { start: string; end: string };
  summary: { controls: Record<string, number>; criteria: Record<string, number>; exceptions: number };
};

const DEFAULT_NAME: Record<ReportFormat, string> = {
  md: 'report.md',
  html: 'report.html',
  pdf: 'report.pdf',
  xlsx: 'workbook.xlsx',
  oscal: 'assessment-results.json',
  'oscal-catalog': 'catalog.json',
};

const isFormat = (f: string): f is ReportFormat => (REPORT_FORMATS as readonly string[]).includes(f);

/** `evident report`: renders the report draft, workbook or OSCAL export of the programme in `dir`. */
export async function writeReport(dir: string, o: WriteReportOptions): Promise<WrittenReport> {
  const format = o.format;
  if (!isFormat(format))
    throw new EvidentError(
      'bad_input',
      `--format: expected one of ${REPORT_FORMATS.join(', ')}, got "${format}"`,
    );
  return withWorkspace(dir, async (ws) => {
    const scope = evaluationScope(ws.programme, {
      ...(o.period ? { period: o.period } : {}),
      ...(o.asOf ? { asOf: o.asOf } : {}),
    });
    const model = await assembleReport(ws, scope, {
      ...(o.seed ? { seed: o.seed } : {}),
      ...(o.now ? { now: o.now } : {}),
      ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    });
    o.onProgress?.(`rendering ${format}…`);
    const rendered = await renderReport(model, format, ws);
    const out = o.out ?? DEFAULT_NAME[format];
    const files = rendered.map((f, i) => {
      // The first file is the report itself; the rest (Markdown's charts) go beside it.
      const path = i === 0 ? out : join(dirname(out), f.path);
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, f.data);
      } catch (cause) {
        throw new EvidentError('io', `cannot write ${path}: ${(cause as Error).message}`, { cause });
      }
      const bytes = Buffer.byteLength(f.data);
      return { path, bytes, sha256: createHash('sha256').update(f.data).digest('hex') };
    });
    return {
      format,
      files,
      type: model.type,
      period: model.period,
      summary: {
        controls: model.summary.controls,
        criteria: model.summary.criteria,
        exceptions: model.summary.exceptions,
      },
    };
  });
}
