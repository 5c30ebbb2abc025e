import type { z } from 'zod';
import { EvidentError } from '../../core/errors.ts';
import type { Severity } from './severity.ts';

export type Finding = {
  id: string;
  severity: Severity;
  target: string;
  package?: string;
  installed_version?: string;
  fixed_version?: string;
  title?: string;
};

/** What every parser returns: the `vulnerability_scan` payload plus what the envelope needs. */
export type ParsedReport = {
  scanner: string;
  /** The scanned artifact (image, repository, folder) as the report names it, else {@link fileStem}. */
  subject: string;
  /** What was scanned inside the subject (never empty: the subject itself when nothing else is named). */
  targets: string[];
  findings: Finding[];
  /** When the scan ran, from the report's own timestamp (UTC ISO 8601), when it has one. */
  observed_at?: string;
};

/** A report that cannot be read; the message names the file, the JSON path and what was expected. */
export const reportError = (fileName: string, message: string, cause?: unknown): EvidentError =>
  new EvidentError('bad_input', `${fileName}: ${message}`, cause === undefined ? undefined : { cause });

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `Results[0].Vulnerabilities[2]["security-severity"]`, or `(root)` for the document itself. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (IDENTIFIER.test(String(p))) out += out ? `.${String(p)}` : String(p);
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out || '(root)';
}

const MAX_LISTED = 5;

type Issue = { path: PropertyKey[]; message: string };

const tidy = (message: string): string =>
  message
    .replace(/^Invalid input: /, '')
    .replace(/^Invalid option: /, '')
    .replace(/^expected (.+), received undefined$/, 'missing (expected $1)');

/**
 * Zod reports a failed union as one "Invalid input"; say instead why the branch that had the right
 * shape failed, or which types would have been accepted.
 */
function flatten(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[]): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== 'invalid_union' || !issue.errors.length)
      return [{ path, message: tidy(issue.message) }];
    const wrongType = (branch: readonly z.core.$ZodIssue[]) =>
      branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0;
    const shaped = issue.errors.find((branch) => !wrongType(branch));
    if (shaped) return flatten(shaped, path);
    const expected = issue.errors.map((b) => (b[0] as { expected?: string }).expected).filter(Boolean);
    return [{ path, message: `expected ${expected.join(' or ')}` }];
  });
}

/** Reads the JSON text of a report: a BOM is tolerated, an empty or malformed file is a clear error. */
export function readJson(text: string, fileName: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) throw reportError(fileName, 'the file is empty (expected a JSON scanner report)');
  try {
    return JSON.parse(body);
  } catch (e) {
    throw reportError(fileName, `not valid JSON (${(e as Error).message})`, e);
  }
}

/** Validates `value` against a format's schema; on failure lists up to five `path: expected …` lines. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  format: string,
  fileName: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = flatten(result.error.issues, []);
  const lines = issues.slice(0, MAX_LISTED).map(({ path, message }) => `${jsonPath(path)}: ${message}`);
  const more = issues.length > MAX_LISTED ? `; and ${issues.length - MAX_LISTED} more` : '';
  throw reportError(fileName, `not a valid ${format} report: ${lines.join('; ')}${more}`);
}

/** Keeps only the optional fields that carry a value, so findings hold no empty strings. */
export function finding(f: {
  id: string;
  severity: Severity;
  target: string;
  package?: string | null | undefined;
  installed_version?: string | null | undefined;
  fixed_version?: string | null | undefined;
  title?: string | null | undefined;
}): Finding {
  const out: Finding = { id: f.id, severity: f.severity, target: f.target };
  if (f.package) out.package = f.package;
  if (f.installed_version) out.installed_version = f.installed_version;
  if (f.fixed_version) out.fixed_version = f.fixed_version;
  if (f.title) out.title = f.title;
  return out;
}

/** Distinct values in first-seen order. */
export const distinct = (values: Iterable<string>): string[] => [...new Set(values)];

/**
 * The subject of a report that does not name what it scanned (npm audit, OSV-Scanner, some SARIF): the
 * file's base name without its report extensions, e.g. `reports/billing-api.npm-audit.json` → `billing-api.npm-audit`.
 */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  return base.replace(/(\.sarif)?(\.json)?$/i, '') || base;
}
