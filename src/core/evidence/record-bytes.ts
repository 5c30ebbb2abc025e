import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.ts';
import type { EvidenceDraft } from './envelope.ts';

/**
 * The two canonical forms of a record (RFC 8785), built by splicing: the top-level keys are fixed ASCII
 * names, written here already in JCS order, so only `data` and `artifacts` go through the canonicaliser
 * (once each, for both forms). The tests check the result equals canonicalJson of the whole object.
 *
 * content = {artifacts, data, observed_at, source, subject, type}        → its SHA-256 is the record id
 * leaf    = {artifacts, collected_at, data, id, observed_at, source, subject, type} → the ledger leaf
 */
export type RecordBytes = { id: string; leaf: string };

const str = JSON.stringify;

export function recordBytes(draft: EvidenceDraft, collectedAt: string): RecordBytes {
  const artifacts = canonicalJson(draft.artifacts);
  const data = canonicalJson(draft.data);
  const tail = `"observed_at":${str(draft.observed_at)},"source":${str(draft.source)},"subject":${str(draft.subject)},"type":${str(draft.type)}}`;
  const content = `{"artifacts":${artifacts},"data":${data},${tail}`;
  const id = createHash('sha256').update(content).digest('hex');
  const leaf = `{"artifacts":${artifacts},"collected_at":${str(collectedAt)},"data":${data},"id":"${id}",${tail}`;
  return { id, leaf };
}

/** The content id of a stored leaf, recomputed from the leaf's own fields (for verify). */
export function contentIdOf(record: Omit<EvidenceDraft, 'data'> & { data: unknown }): string {
  const content = canonicalJson({
    artifacts: record.artifacts,
    data: record.data,
    observed_at: record.observed_at,
    source: record.source,
    subject: record.subject,
    type: record.type,
  });
  return createHash('sha256').update(content).digest('hex');
}
