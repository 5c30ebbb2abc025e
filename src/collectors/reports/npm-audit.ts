import { z } from 'zod';
import {
  type Finding,
  fileStem,
  finding,
  jsonPath,
  type ParsedReport,
  parseWith,
  readJson,
  reportError,
} from './report-json.ts';
import type { Severity } from './severity.ts';

/** npm's advisory severities (npm-audit-report); "info" is below low. */
const NPM_SEVERITIES: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  moderate: 'medium',
  low: 'low',
  info: 'low',
};
const severity = z.string().refine((s) => Object.hasOwn(NPM_SEVERITIES, s), {
  message: 'expected one of critical, high, moderate, low, info',
});
const text = z.string().min(1, 'expected a non-empty string');

// An advisory in `via`; a plain string there names another vulnerable package this one depends on.
const Advisory = z.looseObject({
  source: z.union([z.number(), text]).optional(),
  id: z.union([z.number(), text]).optional(),
  name: text,
  title: z.string().nullish(),
  url: z.string().nullish(),
  severity,
});

// `npm audit --json` of npm ≥ 7 (auditReportVersion 2), as written by @npmcli/arborist's audit report.
const NpmAuditReport = z.looseObject({
  auditReportVersion: z.literal(2, {
    error: 'expected 2 (npm 7 and later); npm 6 reports (auditReportVersion absent or 1) are not supported',
  }),
  vulnerabilities: z.record(
    z.string(),
    z.looseObject({
      name: text,
      severity,
      via: z.array(z.union([z.string(), Advisory])),
      fixAvailable: z.unknown().optional(),
    }),
  ),
});

/** The GitHub advisory id from the advisory URL when there is one, else npm's numeric advisory id. */
function advisoryId(a: z.output<typeof Advisory>): string | undefined {
  const ghsa = a.url && /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/i.exec(a.url)?.[0];
  if (ghsa) return ghsa;
  const id = a.source ?? a.id;
  return id === undefined ? undefined : String(id);
}

/**
 * npm audit v2 → one finding per advisory and affected package. A package that is vulnerable only through a
 * dependency (its `via` holds names, not advisories) adds no finding: the advisory is already counted at the
 * package it is in. npm audit names neither the project nor installed versions; `fixAvailable` names the
 * top-level dependency to change, so it is the fixed version only when that is the vulnerable package
 * itself. The target is the subject.
 */
export function npmAuditFromJson(value: unknown, fileName: string): ParsedReport {
  const report = parseWith(NpmAuditReport, value, 'npm audit', fileName);
  const subject = fileStem(fileName);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const [key, vuln] of Object.entries(report.vulnerabilities)) {
    vuln.via.forEach((via, i) => {
      if (typeof via === 'string') return;
      const id = advisoryId(via);
      if (!id) {
        const path = jsonPath(['vulnerabilities', key, 'via', i]);
        throw reportError(
          fileName,
          `not a valid npm audit report: ${path}: expected source or url (the advisory id)`,
        );
      }
      const dedupe = `${id}\u0000${via.name}`;
      if (seen.has(dedupe)) return;
      seen.add(dedupe);
      const fix = vuln.fixAvailable as { name?: unknown; version?: unknown } | null | undefined;
      const fixed = fix?.name === via.name && typeof fix.version === 'string' ? fix.version : undefined;
      findings.push(
        finding({
          id,
          severity: NPM_SEVERITIES[via.severity]!,
          target: subject,
          package: via.name,
          fixed_version: fixed,
          title: via.title,
        }),
      );
    });
  }
  return { scanner: 'npm-audit', subject, targets: [subject], findings };
}

export const parseNpmAudit = (text: string, fileName: string): ParsedReport =>
  npmAuditFromJson(readJson(text, fileName), fileName);
