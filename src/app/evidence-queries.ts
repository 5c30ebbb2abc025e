import { EvidentError } from '../core/errors.ts';
import type { EvidenceRecord } from '../core/evidence/envelope.ts';
import type { EvidenceRow } from '../store/store.ts';
import { withWorkspace } from './with-workspace.ts';

export type EvidenceSummary = Omit<EvidenceRecord, 'data' | 'artifacts'> & { artifacts: number };

export type EvidenceQuery = {
  type?: string;
  subject?: string;
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
};

export const recordOf = (row: EvidenceRow): EvidenceRecord => ({
  ...(JSON.parse(row.body) as Omit<EvidenceRecord, 'seq'>),
  seq: row.seq,
});

/** `--since`/`--until` take a date (whole UTC days, until inclusive) or a full ISO date-time. */
export function timeBound(text: string, edge: 'since' | 'until'): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const d = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) throw new EvidentError('bad_input', `--${edge}: not a date: ${text}`);
    if (edge === 'until') d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString();
  }
  const d = new Date(text);
  if (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    throw new EvidentError('bad_input', `--${edge}: expected YYYY-MM-DD or an ISO date-time, got "${text}"`);
  }
  return d.toISOString();
}

export function listEvidence(
  dir: string,
  q: EvidenceQuery,
): Promise<{ total: number; items: EvidenceSummary[] }> {
  return withWorkspace(dir, async ({ store }) => {
    const filter = {
      ...(q.type ? { type: q.type } : {}),
      ...(q.subject ? { subject: q.subject } : {}),
      ...(q.since ? { since: timeBound(q.since, 'since') } : {}),
      ...(q.until ? { until: timeBound(q.until, 'until') } : {}),
    };
    const rows = await store.listEvidence({ ...filter, limit: q.limit ?? 100, offset: q.offset ?? 0 });
    const total = await store.countEvidence(filter);
    const items = rows.map((row) => {
      const { data: _data, artifacts, ...rest } = recordOf(row);
      return { ...rest, artifacts: artifacts.length };
    });
    return { total, items };
  });
}

/** One record by id or unique id prefix (at least 6 hex characters). */
export function showEvidence(dir: string, id: string): Promise<EvidenceRecord> {
  if (!/^[0-9a-f]{6,64}$/.test(id)) {
    throw new EvidentError('bad_input', `"${id}" is not an evidence id (6 to 64 lowercase hex characters)`);
  }
  return withWorkspace(dir, async ({ store }) => {
    const rows = await store.findEvidence(id, 2);
    if (!rows.length || !rows[0]) throw new EvidentError('not_found', `no evidence with id ${id}`);
    if (rows.length > 1)
      throw new EvidentError('bad_input', `id prefix ${id} is ambiguous: give more characters`);
    return recordOf(rows[0]);
  });
}
