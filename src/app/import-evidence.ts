import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { createInterface } from 'node:readline';
import { EXPORT_FORMAT_NAMES, parseExport } from '../collectors/exports/index.ts';
import { REPORT_FORMATS } from '../collectors/reports/detect.ts';
import { detectReportFormat, parseReport } from '../collectors/reports/index.ts';
import { EvidentError, type Problem } from '../core/errors.ts';
import { validateDraft } from '../core/evidence/envelope.ts';
import { type IngestItem, type IngestResult, ingest, type Ledger } from './ingest.ts';
import { ingestItemsOf } from './ingest-items-of.ts';

/**
 * `jsonl` (envelopes), a scanner report (`trivy`, `grype`, `sarif`, `npm-audit`, `osv-scanner`, or
 * `report` to detect which from the content), `csv:<type>` / `json:<type>` (exports, docs/formats/).
 */
export const IMPORT_FORMATS = ['jsonl', 'report', ...REPORT_FORMATS, ...EXPORT_FORMAT_NAMES] as const;
export type ImportFormat = string;

export type ImportResult = Omit<IngestResult, 'ids' | 'checkpoint'> & {
  file: string;
  format: ImportFormat;
  records: number;
};

/** Stop listing after this many bad lines: the file is rejected anyway. */
const MAX_PROBLEMS = 20;

export function detectFormat(file: string, format?: string): ImportFormat {
  if (format) {
    if ((IMPORT_FORMATS as readonly string[]).includes(format)) return format;
    throw new EvidentError(
      'bad_input',
      `unknown format "${format}" (supported: jsonl, report, ${REPORT_FORMATS.join(', ')}, or csv:<type> / json:<type> with a type of docs/formats/)`,
    );
  }
  if (/\.(jsonl|ndjson)$/i.test(file)) return 'jsonl';
  if (/\.(json|sarif)$/i.test(file)) return 'report';
  throw new EvidentError(
    'bad_input',
    `${file}: cannot tell the format from the name; pass --format jsonl, report, or csv:<type> for an export (docs/formats/)`,
  );
}

const isReportFormat = (format: string) =>
  format === 'report' || (REPORT_FORMATS as readonly string[]).includes(format);

/**
 * A scanner report: its format detected from the content (and checked against `--format` when one was
 * named), its findings as one `vulnerability_scan`, the original file kept as an encrypted artifact.
 * The record's source is `<format>-import`; its time is the report's own, else the file's mtime.
 */
function reportItems(format: string, bytes: Buffer, file: string): IngestItem[] {
  let detected: string;
  try {
    detected = detectReportFormat(bytes.toString('utf8'), file);
  } catch (e) {
    throw new EvidentError('bad_input', (e as Error).message);
  }
  if (format !== 'report' && detected !== format)
    throw new EvidentError('bad_input', `${file}: --format ${format}, but the file is a ${detected} report`);
  try {
    const item = parseReport(bytes, file, { fallbackObservedAt: statSync(file).mtime.toISOString() });
    // The artifact keeps the file's name, not the path it was imported from.
    const files = item.files?.map((f) => ({ ...f, name: basename(file) }));
    return ingestItemsOf(`${detected}-import`, [{ ...item, ...(files ? { files } : {}) }]);
  } catch (e) {
    throw e instanceof EvidentError ? e : new EvidentError('bad_input', (e as Error).message);
  }
}

/**
 * An artifact may be given as `{name, path}` (relative to the file being imported): its bytes are read,
 * hashed and stored as an encrypted blob, and the record keeps `{name, sha256, size}`.
 */
function resolveArtifacts(value: unknown, baseDir: string): { value: unknown; files: IngestItem['files'] } {
  if (!value || typeof value !== 'object' || !Array.isArray((value as { artifacts?: unknown }).artifacts)) {
    return { value, files: [] };
  }
  const files: NonNullable<IngestItem['files']> = [];
  const artifacts = (value as { artifacts: unknown[] }).artifacts.map((a, i) => {
    if (!a || typeof a !== 'object' || typeof (a as { path?: unknown }).path !== 'string') return a;
    const { path, ...rest } = a as { path: string };
    const full = isAbsolute(path) ? path : join(baseDir, path);
    let bytes: Buffer;
    try {
      bytes = readFileSync(full);
    } catch {
      throw new Error(`artifacts[${i}].path: cannot read ${path}`);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    files.push({ sha256, bytes });
    return { name: basename(path), ...rest, sha256, size: bytes.length };
  });
  return { value: { ...value, artifacts }, files };
}

async function* readJsonl(file: string, problems: Problem[]): AsyncGenerator<IngestItem> {
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let line = 0;
  const fail = (message: string) => problems.push({ message, position: { file, line } });
  for await (const text of lines) {
    line++;
    if (!text.trim()) continue;
    if (problems.length >= MAX_PROBLEMS) break;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      fail(`not JSON: ${(e as Error).message}`);
      continue;
    }
    let files: IngestItem['files'];
    try {
      ({ value, files } = resolveArtifacts(value, dirname(file)));
    } catch (e) {
      fail((e as Error).message);
      continue;
    }
    const result = validateDraft(value);
    if (result.problems) {
      for (const p of result.problems) fail(`${p.path}: ${p.message}`);
      continue;
    }
    // Once a line is bad the file will be rejected: keep reading only to report further bad lines.
    if (!problems.length) yield { draft: result.draft, ...(files?.length ? { files } : {}) };
  }
}

/**
 * Imports one file, all or nothing: a single bad line stores nothing from the file, and the error names
 * every bad line (up to 20) with what was expected. Re-importing content already held stores nothing new.
 */
export async function importEvidence(
  ledger: Ledger,
  file: string,
  options: { format?: string; onProgress?: (stored: number) => void } = {},
): Promise<ImportResult> {
  const format = detectFormat(file, options.format);
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
  } catch {
    throw new EvidentError('bad_input', `${file}: no such file`);
  }
  if (format !== 'jsonl') {
    // Reports and exports are read whole and parsed before anything is stored: a bad row rejects the file.
    const bytes = readFileSync(file);
    const items = isReportFormat(format)
      ? reportItems(format, bytes, file)
      : ingestItemsOf(format, parseExport(format, bytes, file));
    const {
      ids: _ids,
      checkpoint: _checkpoint,
      ...result
    } = await ingest(ledger, items, {
      keepIds: false,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    return { file, format, records: items.length, ...result };
  }
  const problems: Problem[] = [];
  const REJECTED = Symbol('rejected');
  let records = 0;
  async function* checked(): AsyncGenerator<IngestItem> {
    for await (const item of readJsonl(file, problems)) {
      records++;
      yield item;
    }
    // Throwing inside the transaction rolls back everything this file added.
    if (problems.length) throw REJECTED;
  }
  try {
    const {
      ids: _ids,
      checkpoint: _checkpoint,
      ...result
    } = await ingest(ledger, checked(), {
      keepIds: false,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    return { file, format, records, ...result };
  } catch (e) {
    if (e !== REJECTED) throw e;
    const more = problems.length >= MAX_PROBLEMS ? ` (showing the first ${MAX_PROBLEMS})` : '';
    throw new EvidentError('bad_input', `${file}: rejected, nothing was stored${more}`, { problems });
  }
}
