import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { DAY_MS, HOUR_MS, instantMs } from '../instant.ts';

/** What the weekly evidence report is computed from: the latest records the app read from the store. */
export type EvidenceReportInput = {
  now: Date;
  latestReview?: EvidenceRecord;
  latestScan?: EvidenceRecord;
  /** Incidents observed in the last quarter (90 days). */
  incidents: EvidenceRecord[];
  latestRoster?: EvidenceRecord;
  /** Training records of the last 12 months. */
  training: EvidenceRecord[];
};

/** The weekly evidence report (the seed programme's shape; keys are a contract, docs/sources.md). */
export type EvidenceReport = {
  collected_at: string;
  access_reviews: {
    last_review: string | null;
    status: 'current' | 'overdue' | 'missing';
    findings: number;
    remediated: number;
    evidence_file: string | null;
  };
  vulnerability_scans: {
    last_scan: string | null;
    critical: number;
    high: number;
    medium: number;
    low: number;
    evidence_file: string | null;
  };
  incident_log: {
    total_incidents: number;
    resolved: number;
    /** Hours, over the incidents resolved; null when none was. */
    mean_time_to_resolve: number | null;
    evidence_file: string | null;
  };
  security_training: {
    completion_rate: number | null;
    employees_trained: number;
    evidence_file: string | null;
  };
};

/** An evidence id, with the name of its first artifact when it has one: what an auditor asks for. */
const fileOf = (r: EvidenceRecord | undefined): string | null =>
  r ? (r.artifacts[0] ? `${r.id} (${r.artifacts[0].name})` : r.id) : null;

/** A monthly review older than this is overdue. */
const REVIEW_DAYS = 31;

export function evidenceReport(input: EvidenceReportInput): EvidenceReport {
  const review = input.latestReview?.data as Payload<'access_review'> | undefined;
  const decisions = review?.entries.filter((e) => e.decision !== 'keep') ?? [];
  const scan = input.latestScan?.data as Payload<'vulnerability_scan'> | undefined;
  const bySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of scan?.findings ?? []) bySeverity[f.severity]++;

  // An incident tracker may export one incident several times as it changes: its latest state counts.
  const incidents = new Map<string, Payload<'incident'>>();
  for (const r of input.incidents)
    incidents.set((r.data as Payload<'incident'>).id, r.data as Payload<'incident'>);
  const resolved = [...incidents.values()].filter((i) => i.resolved_at);
  const hours = resolved.map((i) => (instantMs(i.resolved_at as string) - instantMs(i.opened_at)) / HOUR_MS);

  const today = input.now.toISOString().slice(0, 10);
  const roster = (input.latestRoster?.data as Payload<'personnel'> | undefined)?.people ?? [];
  const active = roster.filter((p) => p.start_date <= today && (!p.end_date || p.end_date > today));
  const trained = new Set(
    input.training.flatMap((r) => {
      const t = r.data as Payload<'training_record'>;
      return [t.person.toLowerCase(), ...(t.email ? [t.email.toLowerCase()] : [])];
    }),
  );
  const done = active.filter(
    (p) => trained.has(p.person.toLowerCase()) || trained.has(p.email.toLowerCase()),
  );

  const reviewAge = review
    ? (input.now.getTime() - instantMs(review.completed_at)) / DAY_MS
    : Number.POSITIVE_INFINITY;
  return {
    collected_at: input.now.toISOString(),
    access_reviews: {
      last_review: review?.completed_at ?? null,
      status: !review ? 'missing' : reviewAge > REVIEW_DAYS ? 'overdue' : 'current',
      findings: decisions.length,
      remediated: decisions.filter((e) => e.remediated_at).length,
      evidence_file: fileOf(input.latestReview),
    },
    vulnerability_scans: {
      last_scan: input.latestScan?.observed_at ?? null,
      ...bySeverity,
      evidence_file: fileOf(input.latestScan),
    },
    incident_log: {
      total_incidents: incidents.size,
      resolved: resolved.length,
      mean_time_to_resolve: hours.length
        ? Math.round((10 * hours.reduce((a, b) => a + b, 0)) / hours.length) / 10
        : null,
      evidence_file: fileOf(input.incidents.at(-1)),
    },
    security_training: {
      completion_rate: active.length ? Math.round((1000 * done.length) / active.length) / 1000 : null,
      employees_trained: done.length,
      evidence_file: fileOf(input.training.at(-1) ?? input.latestRoster),
    },
  };
}
