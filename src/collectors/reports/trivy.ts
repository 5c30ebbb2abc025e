import { z } from 'zod';
import { distinct, fileStem, finding, type ParsedReport, parseWith, readJson } from './report-json.ts';
import { reportTime } from './report-time.ts';
import { type Severity, scoreOf, severityFromScore } from './severity.ts';

const TRIVY_SEVERITIES: Record<string, Severity | 'unknown'> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  UNKNOWN: 'unknown',
};

const text = z.string().min(1, 'expected a non-empty string');

const Vulnerability = z.looseObject({
  VulnerabilityID: text,
  PkgName: text,
  InstalledVersion: z.string().nullish(),
  FixedVersion: z.string().nullish(),
  Severity: z.string().refine((s) => Object.hasOwn(TRIVY_SEVERITIES, s.toUpperCase()), {
    message: 'expected one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN',
  }),
  Title: z.string().nullish(),
  CVSS: z.unknown().optional(),
});

// Trivy's JSON report, SchemaVersion 2 (Trivy ≥ 0.20): pkg/types/report.go in aquasecurity/trivy.
const TrivyReport = z.looseObject({
  SchemaVersion: z.literal(2, { error: 'expected 2 (the JSON schema of Trivy 0.20 and later)' }),
  ArtifactName: z.string().nullish(),
  CreatedAt: z.string().nullish(),
  Results: z
    .array(
      z.looseObject({
        Target: text,
        Vulnerabilities: z.array(Vulnerability).nullable().optional(),
      }),
    )
    .nullable()
    .optional(),
});

/**
 * Trivy rates a vulnerability UNKNOWN when no data source gave it a severity. We then use the highest
 * CVSS base score Trivy recorded (v4 or v3, any source) and only fall back to low when there is none,
 * so that an unrated but scored vulnerability is not under-reported.
 */
function unknownSeverity(cvss: unknown): Severity {
  const scores: number[] = [];
  if (cvss && typeof cvss === 'object') {
    for (const entry of Object.values(cvss)) {
      if (!entry || typeof entry !== 'object') continue;
      const e = entry as Record<string, unknown>;
      for (const s of [scoreOf(e.V40Score), scoreOf(e.V3Score)]) if (s !== undefined) scores.push(s);
    }
  }
  return scores.length ? severityFromScore(Math.max(...scores)) : 'low';
}

/** Trivy JSON → the vulnerabilities of every result (misconfigurations, secrets, licences are not imported). */
export function trivyFromJson(value: unknown, fileName: string): ParsedReport {
  const report = parseWith(TrivyReport, value, 'Trivy JSON', fileName);
  const results = report.Results ?? [];
  const findings = results.flatMap((result) =>
    (result.Vulnerabilities ?? []).map((v) => {
      const rated = TRIVY_SEVERITIES[v.Severity.toUpperCase()]!;
      return finding({
        id: v.VulnerabilityID,
        severity: rated === 'unknown' ? unknownSeverity(v.CVSS) : rated,
        target: result.Target,
        package: v.PkgName,
        installed_version: v.InstalledVersion,
        fixed_version: v.FixedVersion,
        title: v.Title,
      });
    }),
  );
  const subject = report.ArtifactName?.trim() || fileStem(fileName);
  const targets = distinct(results.map((r) => r.Target));
  const observed = reportTime(report.CreatedAt, 'CreatedAt', fileName);
  return {
    scanner: 'trivy',
    subject,
    targets: targets.length ? targets : [subject],
    findings,
    ...(observed ? { observed_at: observed } : {}),
  };
}

export const parseTrivy = (text: string, fileName: string): ParsedReport =>
  trivyFromJson(readJson(text, fileName), fileName);
