import { z } from 'zod';
import {
  distinct,
  type Finding,
  fileStem,
  finding,
  type ParsedReport,
  parseWith,
  readJson,
} from './report-json.ts';
import { higher, type Severity, scoreOf, severityFromScore } from './severity.ts';

const text = z.string().min(1, 'expected a non-empty string');

// An OSV record (ossf.github.io/osv-schema), as OSV-Scanner embeds it.
const Vulnerability = z.looseObject({
  id: text,
  summary: z.string().nullish(),
  database_specific: z.unknown().optional(),
  affected: z.unknown().optional(),
});

const Package = z.looseObject({
  package: z.looseObject({ name: text, version: z.string().nullish(), ecosystem: z.string().nullish() }),
  vulnerabilities: z.array(Vulnerability).nullable().optional(),
  groups: z
    .array(
      z.looseObject({
        ids: z.array(text).min(1, 'expected at least one vulnerability id'),
        max_severity: z.string().nullish(),
      }),
    )
    .nullable()
    .optional(),
});

// `osv-scanner --format json` (pkg/models/results.go in google/osv-scanner, v1 and v2).
const OsvReport = z.looseObject({
  results: z.array(
    z.looseObject({
      source: z.looseObject({ path: text, type: z.string().nullish() }),
      packages: z.array(Package).nullable().optional(),
    }),
  ),
});

type Vuln = z.output<typeof Vulnerability>;

const WORDS: Record<string, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MODERATE: 'medium',
  MEDIUM: 'medium',
  LOW: 'low',
};

/** The severity word a database attached (GitHub advisories: `database_specific.severity`). */
function wordSeverity(v: Vuln): Severity | undefined {
  const word = (v.database_specific as { severity?: unknown } | null | undefined)?.severity;
  return typeof word === 'string' ? WORDS[word.toUpperCase()] : undefined;
}

/** Fixed versions of this package named by the record's `affected[].ranges[].events[].fixed`. */
function fixedVersions(v: Vuln, name: string): string | undefined {
  const out: string[] = [];
  for (const a of Array.isArray(v.affected) ? v.affected : []) {
    if (!a || typeof a !== 'object') continue;
    const pkg = (a as { package?: { name?: unknown } | null }).package;
    if (pkg?.name !== undefined && pkg.name !== name) continue;
    const ranges = (a as { ranges?: unknown }).ranges;
    for (const r of Array.isArray(ranges) ? ranges : []) {
      const events = (r as { events?: unknown } | null)?.events;
      for (const e of Array.isArray(events) ? events : []) {
        const fixed = (e as { fixed?: unknown } | null)?.fixed;
        if (typeof fixed === 'string' && fixed) out.push(fixed);
      }
    }
  }
  return out.length ? distinct(out).join(', ') : undefined;
}

/**
 * OSV-Scanner JSON → one finding per vulnerability group of a package (OSV-Scanner groups a record with
 * its aliases, as its table output does); the id is the group's first id. Severity: the group's
 * `max_severity` (a CVSS base score), else the highest severity word of its records
 * (`database_specific.severity`), else low. Records outside every group are findings of their own.
 */
export function osvScannerFromJson(value: unknown, fileName: string): ParsedReport {
  const report = parseWith(OsvReport, value, 'OSV-Scanner JSON', fileName);
  const subject = fileStem(fileName);
  const findings: Finding[] = [];
  for (const result of report.results) {
    for (const p of result.packages ?? []) {
      const vulns = p.vulnerabilities ?? [];
      const grouped = new Set((p.groups ?? []).flatMap((g) => g.ids));
      const groups = [
        ...(p.groups ?? []),
        ...vulns.filter((v) => !grouped.has(v.id)).map((v) => ({ ids: [v.id], max_severity: undefined })),
      ];
      for (const g of groups) {
        const records = vulns.filter((v) => g.ids.includes(v.id));
        const score = scoreOf(g.max_severity);
        const words = records.flatMap((v) => wordSeverity(v) ?? []);
        const severity =
          score !== undefined ? severityFromScore(score) : words.length ? words.reduce(higher) : 'low';
        const main = records.find((v) => v.id === g.ids[0]) ?? records[0];
        findings.push(
          finding({
            id: g.ids[0]!,
            severity,
            target: result.source.path,
            package: p.package.name,
            installed_version: p.package.version,
            fixed_version: main && fixedVersions(main, p.package.name),
            title: main?.summary,
          }),
        );
      }
    }
  }
  const targets = distinct(report.results.map((r) => r.source.path));
  return { scanner: 'osv-scanner', subject, targets: targets.length ? targets : [subject], findings };
}

export const parseOsvScanner = (text: string, fileName: string): ParsedReport =>
  osvScannerFromJson(readJson(text, fileName), fileName);
