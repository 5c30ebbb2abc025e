import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { createInterface } from 'node:readline';
import { EXPORT_FORMAT_NAMES, parseExport } from '../collectors/exports/index.ts';
import { EvidentError, type Problem } from '../core/errors.ts';
import { validateDraft } from '../core/evidence/envelope.ts';
import { type IngestItem, type IngestResult, ingest, type Ledger } from './ingest.ts';
import { ingestItemsOf } from './ingest-items-of.ts';

/** `jsonl` (envelopes), `csv:<type>` / `json:<type>` (exports of other tools, docs/formats/). */
export const IMPORT_FORMATS = ['jsonl', ...EXPORT_FORMAT_NAMES] as const;
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
      `unknown format "${format}" (supported: jsonl, csv:<type> or json:<type> with a type of docs/formats/)`,
    );
  }
  if (/\.(jsonl|ndjson)$/i.test(file)) return 'jsonl';
  throw new EvidentError(
    'bad_input',
    `${file}: cannot tell the format from the name; pass --format jsonl, or csv:<type> for an export (docs/formats/)`,
  );
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
    // Exports are read whole and parsed before anything is stored: a bad row rejects the file.
    const items = ingestItemsOf(format, parseExport(format, readFileSync(file), file));
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
