import { resolve } from 'node:path';
import { EvidentError } from '../../core/errors.ts';
import { type CollectedItem, defineCollector } from '../kit/index.ts';
import { listReportFiles, readReportFile } from './client.ts';
import { type ReportsConfig, ReportsConfigSchema } from './config.ts';
import { parseReport } from './map.ts';

export { detectReportFormat, type ReportFormat } from './detect.ts';
export { parseReport } from './map.ts';

const MB = 1024 * 1024;

/**
 * Imports every scanner report in a folder, each file as one `vulnerability_scan`. A file that cannot be
 * read or parsed is logged and skipped so that one broken report never blocks the others; when the folder
 * has report files and none of them imports, the run fails with every file and reason. Records are content
 * addressed, so re-running over an unchanged folder yields the same items (stored once).
 */
export const reportsCollector = defineCollector<ReportsConfig>({
  id: 'reports',
  title: 'Scanner reports (Trivy, Grype, SARIF, npm audit, OSV-Scanner)',
  produces: ['vulnerability_scan'],
  configSchema: ReportsConfigSchema,
  example: { path: 'security/scan-reports', recursive: true },
  async collect(options, ctx) {
    const config = { ...options, path: resolve(ctx.dir ?? '.', options.path) };
    const files = await listReportFiles(config.path, { recursive: config.recursive, signal: ctx.signal });
    const items: CollectedItem[] = [];
    const skipped: { file: string; reason: string }[] = [];
    for (const file of files) {
      ctx.signal.throwIfAborted();
      try {
        const { bytes, modifiedAt } = await readReportFile(
          file,
          Math.floor(config.max_file_mb * MB),
          ctx.signal,
        );
        items.push(parseReport(bytes, file.name, { fallbackObservedAt: modifiedAt }));
      } catch (e) {
        if (ctx.signal.aborted) throw e;
        const reason = e instanceof Error ? e.message : String(e);
        skipped.push({ file: file.name, reason });
        ctx.log(`skipped ${reason.startsWith(file.name) ? reason : `${file.name}: ${reason}`}`);
      }
    }
    if (files.length === 0) ctx.log(`no report files (*.json, *.sarif) in ${config.path}`);
    if (skipped.length && items.length === 0) {
      throw new EvidentError(
        'bad_input',
        `none of the ${skipped.length} report file(s) in ${config.path} could be imported`,
        { problems: skipped.map((s) => ({ message: s.reason })) },
      );
    }
    if (skipped.length) {
      ctx.log(
        `imported ${items.length} report(s); skipped ${skipped.length}: ${skipped.map((s) => s.file).join(', ')}`,
      );
    }
    return items;
  },
});
