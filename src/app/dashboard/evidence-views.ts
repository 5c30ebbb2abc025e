import { EvidentError } from '../../core/errors.ts';
import { RETROACTIVE_DAYS } from '../../engine/control-run.ts';
import { decryptBlob } from '../../ledger/blobs/blob-cipher.ts';
import { inclusionProof } from '../../ledger/stored-tree.ts';
import type { EvidenceRow } from '../../store/store.ts';
import { recordOf, timeBound } from '../evidence-queries.ts';
import type { Workspace } from '../workspace.ts';

export type EvidencePageQuery = {
  type?: string;
  source?: string;
  subject?: string;
  since?: string;
  until?: string;
  limit: number;
  offset: number;
};

const DAY_MS = 86_400_000;

const summary = (r: EvidenceRow) => ({
  id: r.id,
  index: r.seq,
  type: r.type,
  source: r.source,
  subject: r.subject,
  observed_at: r.observed_at,
  collected_at: r.collected_at,
});

/** `GET /api/evidence`: one page of records, newest event first, and how many match in all. */
export async function evidencePage(ws: Workspace, q: EvidencePageQuery) {
  const filter = {
    ...(q.type ? { type: q.type } : {}),
    ...(q.source ? { source: q.source } : {}),
    ...(q.subject ? { subject: q.subject } : {}),
    ...(q.since ? { since: timeBound(q.since, 'since') } : {}),
    ...(q.until ? { until: timeBound(q.until, 'until') } : {}),
  };
  const rows = await ws.store.listEvidence({ ...filter, newest: true, limit: q.limit, offset: q.offset });
  return { total: await ws.store.countEvidence(filter), items: rows.map(summary) };
}

async function findRecord(ws: Workspace, id: string): Promise<EvidenceRow> {
  if (!/^[0-9a-f]{6,64}$/.test(id))
    throw new EvidentError('bad_input', `"${id}" is not an evidence id (6 to 64 lowercase hex characters)`);
  const rows = await ws.store.findEvidence(id, 2);
  if (!rows[0]) throw new EvidentError('not_found', `no evidence with id ${id}`);
  if (rows.length > 1)
    throw new EvidentError('bad_input', `id prefix ${id} is ambiguous: give more characters`);
  return rows[0];
}

/**
 * `GET /api/evidence/{id}`: the record, its leaf, and its inclusion proof in the tree of the latest
 * signed checkpoint, with the checkpoint note and the ledger's verifier key, so a browser can check
 * the proof and the signature itself (RFC 9162 §2.1.3, c2sp.org/tlog-checkpoint).
 */
export async function evidenceDetail(ws: Workspace, id: string) {
  const row = await findRecord(ws, id);
  const record = recordOf(row);
  const checkpoint = await ws.store.latestCheckpoint();
  // Every append writes its checkpoint in the same transaction, so the latest covers every record.
  if (!checkpoint || checkpoint.size <= row.seq)
    throw new EvidentError('integrity', `no signed checkpoint covers record ${row.seq}`);
  const proof = await inclusionProof(ws.store, row.seq, checkpoint.size);
  const late = Date.parse(record.collected_at) - Date.parse(record.observed_at);
  return {
    ...summary(row),
    retroactive: late >= RETROACTIVE_DAYS * DAY_MS,
    data: record.data as unknown,
    artifacts: record.artifacts,
    leaf: row.body,
    leaf_hash: row.leaf_hash,
    proof: {
      index: row.seq,
      size: checkpoint.size,
      proof: proof.map((p) => p.toString('hex')),
      root: checkpoint.root,
    },
    checkpoint: checkpoint.note,
    verifier_key: ws.verifierKey,
  };
}

/** `GET /api/evidence/{id}/artifacts/{sha256}`: one artifact of the record, decrypted. */
export async function artifactOf(ws: Workspace, id: string, sha256: string) {
  const record = recordOf(await findRecord(ws, id));
  const artifact = record.artifacts.find((a) => a.sha256 === sha256);
  if (!artifact) throw new EvidentError('not_found', `record ${record.id} has no artifact ${sha256}`);
  const blob = await ws.store.getBlob(sha256);
  if (!blob) throw new EvidentError('integrity', `artifact ${sha256} of record ${record.id} is not stored`);
  return { name: artifact.name, bytes: decryptBlob(blob, ws.keyring.all) };
}
