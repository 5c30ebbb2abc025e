import { validateDraft } from '../../core/evidence/envelope.ts';
import type { CollectedItem } from '../kit/index.ts';
import { formatOf, type ReportFormat } from './detect.ts';
import { grypeFromJson } from './grype.ts';
import { npmAuditFromJson } from './npm-audit.ts';
import { osvScannerFromJson } from './osv-scanner.ts';
import { type ParsedReport, readJson, reportError } from './report-json.ts';
import { sarifFromJson } from './sarif.ts';
import { trivyFromJson } from './trivy.ts';

const PARSERS: Record<ReportFormat, (value: unknown, fileName: string) => ParsedReport> = {
  trivy: trivyFromJson,
  grype: grypeFromJson,
  sarif: sarifFromJson,
  'npm-audit': npmAuditFromJson,
  'osv-scanner': osvScannerFromJson,
};

/** The SARIF media type is registered with IANA (OASIS SARIF 2.1.0 Appendix H). */
const MEDIA_TYPES: Record<ReportFormat, string> = {
  trivy: 'application/json',
  grype: 'application/json',
  sarif: 'application/sarif+json',
  'npm-audit': 'application/json',
  'osv-scanner': 'application/json',
};

export type ParseReportOptions = {
  /** observed_at when the report carries no timestamp of its own (the collector passes the file's mtime). */
  fallbackObservedAt: Date | string;
};

function decode(content: string | Uint8Array, fileName: string): string {
  if (typeof content === 'string') return content;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch (e) {
    throw reportError(fileName, 'not UTF-8 text (expected a JSON scanner report)', e);
  }
}

/**
 * One report file → one draft `vulnerability_scan`, with the original file attached. The format is
 * detected from the content; subject is what the report says it scanned; observed_at is the report's own
 * timestamp (Trivy CreatedAt, Grype descriptor.timestamp, SARIF invocation end time), else the fallback.
 * Throws an Error naming the file, the JSON path and what was expected; what it returns always validates.
 */
export function parseReport(
  content: string | Uint8Array,
  fileName: string,
  options: ParseReportOptions,
): CollectedItem {
  const text = decode(content, fileName);
  const value = readJson(text, fileName);
  const format = formatOf(value, fileName);
  const report = PARSERS[format](value, fileName);
  const fallback = new Date(options.fallbackObservedAt);
  if (!report.observed_at && Number.isNaN(fallback.getTime())) {
    throw reportError(fileName, 'the report has no timestamp and the fallback time is not a valid date');
  }
  const draft = {
    type: 'vulnerability_scan' as const,
    subject: report.subject,
    observed_at: report.observed_at ?? fallback.toISOString(),
    data: { scanner: report.scanner, targets: report.targets, findings: report.findings },
  };
  const checked = validateDraft({ ...draft, source: 'reports', artifacts: [] });
  if (checked.problems) {
    const what = checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw reportError(fileName, `the ${format} report does not make valid evidence: ${what}`);
  }
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  // The name as the caller gives it (the collector: the path inside its folder); artifact names hold ≤ 255.
  const name =
    fileName.length <= 255 ? fileName : (fileName.split(/[\\/]/).at(-1) ?? '').slice(-255) || 'report';
  return { draft, files: [{ name, bytes, media_type: MEDIA_TYPES[format] }] };
}
