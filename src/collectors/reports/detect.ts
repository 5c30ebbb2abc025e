import { readJson, reportError } from './report-json.ts';

export const REPORT_FORMATS = ['trivy', 'grype', 'sarif', 'npm-audit', 'osv-scanner'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const EXPECTED =
  'expected one of: Trivy JSON (SchemaVersion, Results), Grype JSON (matches, descriptor), ' +
  'SARIF 2.1.0 (version, runs), npm audit v2 (auditReportVersion, vulnerabilities), OSV-Scanner JSON (results[].source)';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Which scanner wrote this parsed JSON, decided by the keys each format always writes (never by the file
 * name). Formats that are close but unsupported (Trivy < 0.20, npm 6, npm's own error output) get their
 * own message; anything else is "not a scanner report" with what was expected.
 */
export function formatOf(value: unknown, fileName: string): ReportFormat {
  if (Array.isArray(value)) {
    const looksTrivy = value.some((v) => isObject(v) && 'Target' in v && 'Vulnerabilities' in v);
    throw reportError(
      fileName,
      looksTrivy
        ? 'a Trivy report from before Trivy 0.20 (a top-level array): re-run the scan with a current Trivy'
        : `not a scanner report: the file holds a JSON array; ${EXPECTED}`,
    );
  }
  if (!isObject(value)) {
    throw reportError(
      fileName,
      `not a scanner report: the file holds a JSON ${value === null ? 'null' : typeof value}; ${EXPECTED}`,
    );
  }
  const o = value;
  if (Array.isArray(o.runs) && (typeof o.version === 'string' || /sarif/i.test(String(o.$schema ?? '')))) {
    return 'sarif';
  }
  if ('SchemaVersion' in o && ('Results' in o || 'ArtifactName' in o || 'ArtifactType' in o)) return 'trivy';
  if (Array.isArray(o.matches) && isObject(o.descriptor)) return 'grype';
  if ('auditReportVersion' in o) return 'npm-audit';
  if (isObject(o.advisories) && 'actions' in o && isObject(o.metadata)) {
    throw reportError(
      fileName,
      'an npm 6 audit report (auditReportVersion 1): re-run `npm audit --json` with npm 7 or later',
    );
  }
  if (isObject(o.error) && 'summary' in o.error && ('message' in o || 'code' in o.error)) {
    const why = typeof o.message === 'string' ? o.message : String(o.error.code ?? o.error.summary);
    throw reportError(
      fileName,
      `npm audit's error output, not a report (the audit did not run): ${why.slice(0, 200)}`,
    );
  }
  if (
    Array.isArray(o.results) &&
    o.results.every(
      (r) =>
        isObject(r) &&
        isObject(r.source) &&
        (r.packages === undefined || Array.isArray(r.packages) || r.packages === null),
    )
  ) {
    return 'osv-scanner';
  }
  const ext = /\.sarif$/i.test(fileName) ? ' (despite its .sarif name)' : '';
  throw reportError(fileName, `not a scanner report${ext}: ${EXPECTED}`);
}

/** Reads the text as JSON and says which scanner report it is, or why it is none of them. */
export function detectReportFormat(text: string, fileName: string): ReportFormat {
  return formatOf(readJson(text, fileName), fileName);
}
