import { COLLECTORS } from '../collectors/registry.ts';
import { addDays } from '../core/dates.ts';
import type { EvidenceRecord } from '../core/evidence/envelope.ts';
import type { EvidenceType } from '../core/evidence-type.ts';
import {
  EVIDENCE_LOG_ITEMS,
  type EvidenceLog,
  evidenceLog,
  type LatestEvidence,
} from '../engine/evidence-log/evidence-log.ts';
import { type EvidenceReport, evidenceReport } from '../engine/evidence-log/evidence-report.ts';
import type { EvidenceRow, Store } from '../store/store.ts';
import { recordOf } from './evidence-queries.ts';
import { withWorkspace } from './with-workspace.ts';

export type { EvidenceLog } from '../engine/evidence-log/evidence-log.ts';
export type { EvidenceReport } from '../engine/evidence-log/evidence-report.ts';

const latest = async (store: Store, type: string): Promise<EvidenceRecord | undefined> => {
  const row = await store.latestEvidence(type);
  return row ? recordOf(row) : undefined;
};

async function all(store: Store, type: string, since: string): Promise<EvidenceRecord[]> {
  const out: EvidenceRecord[] = [];
  let after: { observed_at: string; seq: number } | undefined;
  for (;;) {
    const page: EvidenceRow[] = await store.evidenceByTime({
      type,
      since,
      limit: 1000,
      ...(after ? { after } : {}),
    });
    if (!page.length) return out;
    out.push(...page.map(recordOf));
    const last = page.at(-1) as EvidenceRow;
    after = { observed_at: last.observed_at, seq: last.seq };
  }
}

/** `evident evidence-report`: the weekly evidence report computed from stored evidence. */
export function getEvidenceReport(dir: string, now = new Date()): Promise<EvidenceReport> {
  return withWorkspace(dir, ({ store }) => evidenceReportFrom(store, now));
}

/** The evidence report from an open store (also written on schedule by `evident run`). */
export async function evidenceReportFrom(store: Store, now = new Date()): Promise<EvidenceReport> {
  {
    const today = now.toISOString().slice(0, 10);
    const since = (days: number) => `${addDays(today, -days)}T00:00:00.000Z`;
    const [latestReview, latestScan, latestRoster, incidents, training] = await Promise.all([
      latest(store, 'access_review'),
      latest(store, 'vulnerability_scan'),
      latest(store, 'personnel'),
      all(store, 'incident', since(90)),
      all(store, 'training_record', since(365)),
    ]);
    return evidenceReport({
      now,
      incidents,
      training,
      ...(latestReview ? { latestReview } : {}),
      ...(latestScan ? { latestScan } : {}),
      ...(latestRoster ? { latestRoster } : {}),
    });
  }
}

/** `evident evidence-log`: each item the programme must evidence, its cadence, source and freshness. */
export function getEvidenceLog(dir: string, now = new Date()): Promise<EvidenceLog> {
  return withWorkspace(dir, async ({ store, programme }) => {
    const types = Object.values(EVIDENCE_LOG_ITEMS).flatMap((items) => items.map((i) => i.type));
    const latestByType = new Map<EvidenceType, LatestEvidence>();
    for (const type of types) {
      const row = await store.latestEvidence(type);
      if (row) latestByType.set(type, { id: row.id, observed_at: row.observed_at, source: row.source });
    }
    const sourcesByType = new Map<EvidenceType, string[]>();
    for (const s of programme.sources) {
      for (const type of COLLECTORS[s.collector]?.produces ?? [])
        sourcesByType.set(type, [...(sourcesByType.get(type) ?? []), s.id]);
    }
    return evidenceLog({ now, categories: programme.categories, latest: latestByType, sourcesByType });
  });
}
