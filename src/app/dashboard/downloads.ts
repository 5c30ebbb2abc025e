import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { PackageResult } from '../package/build-package.ts';
import { zipBytes } from '../package/zip-bytes.ts';
import type { DashboardEvaluation } from './compute-evaluation.ts';
import type { ReportDownloadFormat } from './vocabulary.ts';

// The renderers (ECharts, Playwright) take seconds to load: they are loaded on the first download,
// not when the server starts.
const renderers = () => import('../render-report.ts');
const packager = () => import('../package/build-package.ts');

export type Download = { name: string; media_type: string; bytes: Uint8Array };

const MEDIA_TYPES: Record<ReportDownloadFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  oscal: 'application/json',
  md: 'application/zip',
};

const rendered = new WeakMap<DashboardEvaluation, Map<ReportDownloadFormat, Promise<Download>>>();

/** A report of the cached evaluation, rendered once per evaluation and format. */
export function reportDownload(e: DashboardEvaluation, format: ReportDownloadFormat): Promise<Download> {
  const byFormat = rendered.get(e) ?? new Map<ReportDownloadFormat, Promise<Download>>();
  rendered.set(e, byFormat);
  let download = byFormat.get(format);
  if (!download) {
    download = render(e, format);
    byFormat.set(format, download);
    // A failure (no browser for the PDF) is not kept: the next request tries again.
    download.catch(() => byFormat.delete(format));
  }
  return download;
}

async function render(e: DashboardEvaluation, format: ReportDownloadFormat): Promise<Download> {
  const files = await (await renderers()).renderReport(e.model, format, e.ws);
  const [first] = files;
  if (format === 'md' || !first)
    return { name: 'report.zip', media_type: MEDIA_TYPES.md, bytes: await zipBytes(files) };
  const bytes = typeof first.data === 'string' ? Buffer.from(first.data) : first.data;
  return { name: first.path, media_type: MEDIA_TYPES[format], bytes };
}

/**
 * `POST /api/package`: builds the audit package into a private temporary folder and hands back a stream
 * of it; the folder is removed once the stream closes (read to the end or abandoned). The package holds
 * decrypted artifacts, hence the folder of mode 0700 that mkdtemp makes.
 */
export async function packageDownload(
  dir: string,
): Promise<{ name: string; stream: Readable; result: PackageResult }> {
  const tmp = mkdtempSync(join(tmpdir(), 'evident-package-'));
  const remove = () => rmSync(tmp, { recursive: true, force: true });
  try {
    const out = join(tmp, 'package.zip');
    const result = await (await packager()).buildPackage(dir, { out });
    const stream = createReadStream(out);
    stream.once('close', remove);
    return { name: 'evident-package.zip', stream, result };
  } catch (error) {
    remove();
    throw error;
  }
}
