import type { Category } from '../../core/category.ts';
import type { EvidenceType } from '../../core/evidence-type.ts';
import type { Frequency } from '../../core/frequency.ts';
import { DAY_MS } from '../instant.ts';
import { FRESHNESS_DAYS } from '../slots.ts';

/** The seed programme's evidence log: what each category needs, how often, and from where. */
export const EVIDENCE_LOG_ITEMS: Record<
  'security' | 'availability' | 'confidentiality',
  { item: string; type: EvidenceType; cadence: Frequency }[]
> = {
  security: [
    { item: 'access reviews', type: 'access_review', cadence: 'monthly' },
    { item: 'security incidents', type: 'incident', cadence: 'event' },
    { item: 'vulnerability scans', type: 'vulnerability_scan', cadence: 'weekly' },
    { item: 'penetration tests', type: 'pentest', cadence: 'annual' },
  ],
  availability: [
    { item: 'uptime monitoring', type: 'uptime_summary', cadence: 'daily' },
    { item: 'incident response', type: 'ir_test', cadence: 'annual' },
    { item: 'disaster recovery', type: 'dr_test', cadence: 'annual' },
    { item: 'capacity monitoring', type: 'capacity_check', cadence: 'weekly' },
  ],
  confidentiality: [
    { item: 'encryption at rest', type: 'storage_encryption', cadence: 'daily' },
    { item: 'encryption in transit', type: 'tls_scan', cadence: 'daily' },
    { item: 'access controls', type: 'access_control', cadence: 'monthly' },
    { item: 'data classification', type: 'data_inventory', cadence: 'quarterly' },
  ],
};

export type LatestEvidence = { id: string; observed_at: string; source: string };

export type EvidenceLogEntry = {
  item: string;
  evidence_type: EvidenceType;
  cadence: Frequency;
  /** Sources in evident.yaml whose collector produces this type; else where the latest record came from. */
  sources: string[];
  latest: LatestEvidence | null;
  /** The latest record is within one period of the cadence (event items: within a year). */
  current: boolean;
};

export type EvidenceLog = {
  generated_at: string;
  categories: Record<string, { in_scope: boolean; items: EvidenceLogEntry[] }>;
};

export function evidenceLog(input: {
  now: Date;
  categories: readonly Category[];
  latest: ReadonlyMap<EvidenceType, LatestEvidence>;
  sourcesByType: ReadonlyMap<EvidenceType, string[]>;
}): EvidenceLog {
  const categories: EvidenceLog['categories'] = {};
  for (const [category, items] of Object.entries(EVIDENCE_LOG_ITEMS)) {
    categories[category] = {
      in_scope: input.categories.includes(category as Category),
      items: items.map(({ item, type, cadence }) => {
        const latest = input.latest.get(type) ?? null;
        const age = latest
          ? (input.now.getTime() - Date.parse(latest.observed_at)) / DAY_MS
          : Number.POSITIVE_INFINITY;
        const configured = input.sourcesByType.get(type) ?? [];
        return {
          item,
          evidence_type: type,
          cadence,
          sources: configured.length ? configured : latest ? [latest.source] : [],
          latest,
          current: age <= FRESHNESS_DAYS[cadence],
        };
      }),
    };
  }
  return { generated_at: input.now.toISOString(), categories };
}
