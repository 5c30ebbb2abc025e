import { z } from 'zod';
import {
  distinct,
  fileStem,
  finding,
  type ParsedReport,
  parseWith,
  readJson,
  reportError,
} from './report-json.ts';
import { latest, reportTime } from './report-time.ts';
import { SEVERITIES, type Severity, scoreOf, severityFromScore } from './severity.ts';

const text = z.string().min(1, 'expected a non-empty string');
const LEVELS = ['none', 'note', 'warning', 'error'] as const;
const level = z.enum(LEVELS, { error: `expected one of ${LEVELS.join(', ')}` });
const index = z.number().int().min(-1);
/** A SARIF property bag (§3.8): free-form, read defensively. */
const bag = z.record(z.string(), z.unknown()).nullable().optional();

const Rule = z.looseObject({
  id: z.string().nullish(),
  shortDescription: z.looseObject({ text: z.string().nullish() }).optional(),
  defaultConfiguration: z.looseObject({ level: level.optional() }).optional(),
  properties: bag,
});
const Component = z.looseObject({ name: z.string().nullish(), rules: z.array(Rule).nullable().optional() });

const Result = z.looseObject({
  ruleId: z.string().nullish(),
  ruleIndex: index.optional(),
  rule: z
    .looseObject({
      id: z.string().nullish(),
      index: index.optional(),
      toolComponent: z.looseObject({ index: index.optional() }).optional(),
    })
    .optional(),
  kind: z.string().nullish(),
  level: level.optional(),
  message: z.looseObject({ text: z.string().nullish() }).optional(),
  locations: z
    .array(
      z.looseObject({
        physicalLocation: z
          .looseObject({
            artifactLocation: z
              .looseObject({ uri: z.string().nullish(), index: index.optional() })
              .optional(),
          })
          .optional(),
        logicalLocations: z.array(z.looseObject({ fullyQualifiedName: z.string().nullish() })).optional(),
      }),
    )
    .nullable()
    .optional(),
  suppressions: z
    .array(z.looseObject({ status: z.string().nullish() }))
    .nullable()
    .optional(),
  properties: bag,
});

const Run = z.looseObject({
  tool: z.looseObject({
    driver: Component.extend({ name: text }),
    extensions: z.array(Component).optional(),
  }),
  results: z.array(Result).nullable().optional(),
  artifacts: z
    .array(z.looseObject({ location: z.looseObject({ uri: z.string().nullish() }).optional() }))
    .optional(),
  invocations: z
    .array(z.looseObject({ startTimeUtc: z.string().nullish(), endTimeUtc: z.string().nullish() }))
    .optional(),
  versionControlProvenance: z.array(z.looseObject({ repositoryUri: z.string().nullish() })).optional(),
  properties: bag,
});

// SARIF 2.1.0 (OASIS Standard, sarif-schema-2.1.0.json): only what a vulnerability finding needs.
const SarifLog = z.looseObject({
  version: z.literal('2.1.0', { error: 'expected "2.1.0" (the only SARIF version supported)' }),
  runs: z.array(Run),
});

type SarifRun = z.output<typeof Run>;
type SarifResult = z.output<typeof Result>;
type SarifRule = z.output<typeof Rule>;

function ruleOf(run: SarifRun, result: SarifResult): SarifRule | undefined {
  const component = result.rule?.toolComponent?.index;
  const rules =
    component !== undefined && component >= 0
      ? (run.tool.extensions?.[component]?.rules ?? [])
      : (run.tool.driver.rules ?? []);
  const at = result.rule?.index ?? result.ruleIndex;
  if (at !== undefined && at >= 0 && rules[at]) return rules[at];
  const id = result.ruleId ?? result.rule?.id;
  if (id === undefined || id === null) return undefined;
  const all = [
    ...(run.tool.driver.rules ?? []),
    ...(run.tool.extensions ?? []).flatMap((e) => e.rules ?? []),
  ];
  return all.find((r) => r.id === id);
}

const TAG_SEVERITY: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  moderate: 'medium',
  low: 'low',
};

/**
 * Severity, in this order: the numeric `security-severity` (result property bag, then the rule's; the
 * convention GitHub code scanning defines, CVSS scale); else a severity word among the `tags` (Trivy
 * and others tag rules CRITICAL/HIGH/MEDIUM/LOW); else the SARIF level (result, the rule's default,
 * then "warning" as §3.27.10 says): error → high, warning → medium, note/none → low.
 */
function severityOf(result: SarifResult, rule: SarifRule | undefined): Severity {
  const bags = [result.properties, rule?.properties];
  for (const b of bags) {
    const score = scoreOf(b?.['security-severity']);
    if (score !== undefined) return severityFromScore(score);
  }
  const tags = bags.flatMap((b) => (Array.isArray(b?.tags) ? b.tags : []));
  const rated = tags.flatMap((t) => {
    const s = typeof t === 'string' ? TAG_SEVERITY[t.toLowerCase()] : undefined;
    return s ? [s] : [];
  });
  if (rated.length) return SEVERITIES.find((s) => rated.includes(s))!;
  const lvl = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
  return lvl === 'error' ? 'high' : lvl === 'warning' ? 'medium' : 'low';
}

// A suppression with status underReview or rejected does not suppress the result (§3.35.3).
const suppressed = (r: SarifResult) =>
  (r.suppressions ?? []).some((s) => !s.status || s.status === 'accepted');

/** Trivy writes `Package:`, `Installed Version:` and `Fixed Version:` lines into each result's message. */
function trivyLine(message: string | null | undefined, label: string): string | undefined {
  if (!message) return undefined;
  const m = new RegExp(`^${label}: *(.+?) *$`, 'm').exec(message);
  return m?.[1] || undefined;
}

function targetOf(run: SarifRun, result: SarifResult): string | undefined {
  for (const loc of result.locations ?? []) {
    const artifact = loc.physicalLocation?.artifactLocation;
    const uri =
      artifact?.uri ??
      (artifact?.index !== undefined ? run.artifacts?.[artifact.index]?.location?.uri : undefined);
    if (uri) return uri;
    const logical = loc.logicalLocations?.find((l) => l.fullyQualifiedName)?.fullyQualifiedName;
    if (logical) return logical;
  }
  return undefined;
}

function subjectOf(run: SarifRun): string | undefined {
  const image = run.properties?.imageName;
  if (typeof image === 'string' && image.trim()) return image.trim();
  return run.versionControlProvenance?.find((v) => v.repositoryUri)?.repositoryUri ?? undefined;
}

/**
 * SARIF 2.1.0 → one finding per failing result (kind `fail`, the default) that is not suppressed; results
 * of kind pass, open, review, informational or notApplicable are not findings. The id is the rule id.
 */
export function sarifFromJson(value: unknown, fileName: string): ParsedReport {
  const log = parseWith(SarifLog, value, 'SARIF 2.1.0', fileName);
  const subjects = distinct(log.runs.flatMap((r) => subjectOf(r) ?? []));
  const stem = fileStem(fileName);
  const findings = log.runs.flatMap((run, r) => {
    const runSubject = subjectOf(run) ?? stem;
    return (run.results ?? []).flatMap((result, i) => {
      if ((result.kind ?? 'fail') !== 'fail' || suppressed(result)) return [];
      const rule = ruleOf(run, result);
      const id = result.ruleId ?? result.rule?.id ?? rule?.id;
      if (!id) {
        throw reportError(
          fileName,
          `not a valid SARIF 2.1.0 report: runs[${r}].results[${i}]: expected ruleId or rule.id (the vulnerability id)`,
        );
      }
      const message = result.message?.text;
      return [
        finding({
          id,
          severity: severityOf(result, rule),
          target: targetOf(run, result) ?? runSubject,
          package: trivyLine(message, 'Package'),
          installed_version: trivyLine(message, 'Installed Version'),
          fixed_version: trivyLine(message, 'Fixed Version'),
          title: rule?.shortDescription?.text,
        }),
      ];
    });
  });
  const subject = subjects.length === 1 ? subjects[0]! : stem;
  const observed = latest(
    log.runs.flatMap((run, r) =>
      (run.invocations ?? []).map((inv, i) =>
        inv.endTimeUtc
          ? reportTime(inv.endTimeUtc, `runs[${r}].invocations[${i}].endTimeUtc`, fileName)
          : reportTime(inv.startTimeUtc, `runs[${r}].invocations[${i}].startTimeUtc`, fileName),
      ),
    ),
  );
  const targets = distinct(findings.map((f) => f.target));
  return {
    scanner: distinct(log.runs.map((r) => r.tool.driver.name.toLowerCase())).join(', '),
    subject,
    targets: targets.length ? targets : [subject],
    findings,
    ...(observed ? { observed_at: observed } : {}),
  };
}

export const parseSarif = (text: string, fileName: string): ParsedReport =>
  sarifFromJson(readJson(text, fileName), fileName);
