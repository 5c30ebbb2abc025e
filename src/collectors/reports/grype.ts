import { z } from 'zod';
import { distinct, fileStem, finding, type ParsedReport, parseWith, readJson } from './report-json.ts';
import { reportTime } from './report-time.ts';
import { type Severity, scoreOf, severityFromScore } from './severity.ts';

/** Grype's severities (grype/vulnerability/severity.go); Negligible is below Low. */
const GRYPE_SEVERITIES: Record<string, Severity | 'unknown'> = {
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  low: 'low',
  negligible: 'low',
  unknown: 'unknown',
};

const text = z.string().min(1, 'expected a non-empty string');

const Match = z.looseObject({
  vulnerability: z.looseObject({
    id: text,
    severity: z.string().refine((s) => Object.hasOwn(GRYPE_SEVERITIES, s.toLowerCase()), {
      message: 'expected one of Critical, High, Medium, Low, Negligible, Unknown',
    }),
    fix: z
      .looseObject({ versions: z.array(z.string()).nullable().optional(), state: z.string().nullish() })
      .nullable()
      .optional(),
    cvss: z.unknown().optional(),
  }),
  matchDetails: z.unknown().optional(),
  artifact: z.looseObject({
    name: text,
    version: z.string().nullish(),
    locations: z
      .array(z.looseObject({ path: z.string().nullish() }))
      .nullable()
      .optional(),
  }),
});

// Grype's JSON presenter (grype/presenter/models/document.go in anchore/grype).
const GrypeReport = z.looseObject({
  matches: z.array(Match).nullable(),
  source: z.looseObject({ type: z.string().nullish(), target: z.unknown().optional() }).nullable().optional(),
  descriptor: z.looseObject({ name: z.string().nullish(), timestamp: z.string().nullish() }),
});

/** Unknown → the highest CVSS base score Grype recorded, else low (the same rule as Trivy's UNKNOWN). */
function unknownSeverity(cvss: unknown): Severity {
  const scores = Array.isArray(cvss)
    ? cvss.flatMap((c) => {
        const s = scoreOf((c as { metrics?: { baseScore?: unknown } } | null)?.metrics?.baseScore);
        return s === undefined ? [] : [s];
      })
    : [];
  return scores.length ? severityFromScore(Math.max(...scores)) : 'low';
}

/** The version Grype suggests for this match (newer Grype), else every fixed version it lists. */
function fixedVersion(match: z.output<typeof Match>): string | undefined {
  if (Array.isArray(match.matchDetails)) {
    for (const d of match.matchDetails) {
      const v = (d as { fix?: { suggestedVersion?: unknown } } | null)?.fix?.suggestedVersion;
      if (typeof v === 'string' && v) return v;
    }
  }
  const versions = (match.vulnerability.fix?.versions ?? []).filter(Boolean);
  return versions.length ? versions.join(', ') : undefined;
}

/** Image scans name the image the user asked for; directory and file scans give the path as a string. */
function subjectOf(target: unknown): string | undefined {
  if (typeof target === 'string') return target.trim() || undefined;
  if (target && typeof target === 'object') {
    const t = target as Record<string, unknown>;
    for (const key of ['userInput', 'name', 'path']) {
      const v = t[key];
      if (typeof v === 'string' && v.trim()) return v.trim();
    }
  }
  return undefined;
}

/**
 * Grype JSON → one finding per match (ignoredMatches are not imported: the user's Grype config ignored
 * them). The finding's target is where the package was found (its first location), else the scanned source.
 */
export function grypeFromJson(value: unknown, fileName: string): ParsedReport {
  const report = parseWith(GrypeReport, value, 'Grype JSON', fileName);
  const subject = subjectOf(report.source?.target) ?? fileStem(fileName);
  const findings = (report.matches ?? []).map((m) => {
    const rated = GRYPE_SEVERITIES[m.vulnerability.severity.toLowerCase()]!;
    const location = m.artifact.locations?.find((l) => l.path)?.path;
    return finding({
      id: m.vulnerability.id,
      severity: rated === 'unknown' ? unknownSeverity(m.vulnerability.cvss) : rated,
      target: location ?? subject,
      package: m.artifact.name,
      installed_version: m.artifact.version,
      fixed_version: fixedVersion(m),
    });
  });
  const observed = reportTime(report.descriptor.timestamp, 'descriptor.timestamp', fileName);
  const targets = distinct(findings.map((f) => f.target));
  return {
    scanner: 'grype',
    subject,
    targets: targets.length ? targets : [subject],
    findings,
    ...(observed ? { observed_at: observed } : {}),
  };
}

export const parseGrype = (text: string, fileName: string): ParsedReport =>
  grypeFromJson(readJson(text, fileName), fileName);
