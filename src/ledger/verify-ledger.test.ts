import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvidenceDraft } from '../core/evidence/envelope.ts';
import { recordBytes } from '../core/evidence/record-bytes.ts';
import type { LeafRow } from './check-leaves.ts';
import { formatCheckpoint } from './checkpoint/checkpoint.ts';
import { generateSigner } from './checkpoint/keys.ts';
import { signNote } from './checkpoint/note.ts';
import { LedgerAppender } from './ledger-appender.ts';
import { type LedgerReader, verifyLedger } from './verify-ledger.ts';

/** An in-memory ledger of `n` records, built the way import builds one. */
async function memoryLedger(n: number) {
  const rows: LeafRow[] = [];
  const nodes = new Map<string, { level: number; idx: number; hash: string }>();
  const source = {
    nodes: async (refs: readonly { level: number; idx: number }[]) =>
      refs.flatMap((r) => nodes.get(`${r.level}/${r.idx}`) ?? []),
    leafHashes: async (from: number, to: number) => rows.slice(from, to).map((r) => r.leaf_hash),
  };
  const appender = await LedgerAppender.resume(source, 0);
  for (let i = 0; i < n; i++) {
    const draft = {
      type: 'document',
      source: 'test',
      subject: `s${i % 7}`,
      observed_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      data: { title: `doc ${i}`, kind: 'k', sha256: 'a'.repeat(64) },
      artifacts: [],
    } as unknown as EvidenceDraft;
    const collected = '2026-06-01T00:00:00.000Z';
    const { id, leaf } = recordBytes(draft, collected);
    const appended = appender.append(leaf);
    for (const node of appended.nodes) nodes.set(`${node.level}/${node.idx}`, node);
    rows.push({
      seq: i,
      id,
      type: draft.type,
      source: draft.source,
      subject: draft.subject,
      observed_at: draft.observed_at,
      collected_at: collected,
      leaf_hash: appended.leafHash,
      body: leaf,
    });
  }
  const { signerKey, verifierKey } = generateSigner('evident-test');
  const root = appender.root();
  const note = signNote(formatCheckpoint({ origin: 'evident/test', size: n, root }), signerKey);
  const reader: LedgerReader = {
    head: async () => ({ size: n, root: root.toString('hex') }),
    evidencePage: async (after, limit) => rows.filter((r) => r.seq > after).slice(0, limit),
    nodeRange: async (level, from, to) =>
      [...nodes.values()]
        .filter((x) => x.level === level && x.idx >= from && x.idx < to)
        .sort((a, b) => a.idx - b.idx),
    maxNodeLevel: async () => Math.max(-1, ...[...nodes.values()].map((x) => x.level)),
    checkpoints: async () => [{ seq: 0, size: n, root: root.toString('hex'), note }],
    blobAddresses: async () => [],
    getBlob: async () => undefined,
  };
  return { rows, reader, options: { verifierKey, origin: 'evident/test', keys: new Map() } };
}

describe('verifyLedger on worker threads', () => {
  it('finds the same as on one thread, for a sound ledger and for a tampered record', async () => {
    const { rows, reader, options } = await memoryLedger(12_000);
    const inline = await verifyLedger(reader, { ...options, workerThreshold: Number.POSITIVE_INFINITY });
    const pooled = await verifyLedger(reader, { ...options, workerThreshold: 1 });
    assert.equal(inline.ok, true, JSON.stringify(inline.problems.slice(0, 3)));
    assert.deepEqual(pooled, inline);

    const victim = rows[7_777] as LeafRow;
    victim.body = victim.body.replace('doc 7777', 'doc 7778');
    const inlineBad = await verifyLedger(reader, { ...options, workerThreshold: Number.POSITIVE_INFINITY });
    const pooledBad = await verifyLedger(reader, { ...options, workerThreshold: 1 });
    assert.equal(pooledBad.ok, false);
    assert.deepEqual(pooledBad, inlineBad);
    assert.ok(
      pooledBad.problems.some(
        (p) => p.item.startsWith('record #7777 ') && /leaf hash mismatch/.test(p.problem),
      ),
    );
    assert.ok(pooledBad.problems.some((p) => /^checkpoint #0/.test(p.item)));
  });
});
