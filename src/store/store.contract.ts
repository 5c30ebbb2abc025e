import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from './open-store.ts';
import type { EvidenceRow, Store } from './store.ts';

const hex = (n: number, width = 64) => n.toString(16).padStart(width, '0');

const row = (seq: number, over: Partial<EvidenceRow> = {}): EvidenceRow => ({
  seq,
  id: hex(seq * 7919 + 1),
  type: seq % 2 ? 'change' : 'incident',
  source: 'contract',
  subject: `svc-${seq % 3}`,
  observed_at: new Date(Date.UTC(2026, 0, 1 + seq)).toISOString(),
  collected_at: '2026-11-26T00:00:00.000Z',
  leaf_hash: hex(seq),
  body: JSON.stringify({ seq }),
  ...over,
});

/**
 * The store contract: runs unchanged against every dialect (DESIGN.md §9.4). `open` gives a store on an
 * empty database; `reopen` a second store on the same database.
 */
export function storeContract(name: string, freshLocation: () => Promise<string>) {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    let location: string;
    const reopen = () => openStore(location);
    before(async () => {
      location = await freshLocation();
      store = await reopen();
    });
    after(async () => {
      await store.close();
    });

    it('starts empty, with the empty tree as head', async () => {
      assert.deepEqual(await store.head(), {
        size: 0,
        root: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      });
      assert.equal(await store.countEvidence({}), 0);
      assert.equal(await store.latestCheckpoint(), undefined);
    });

    it('appends records, nodes, head and checkpoint in one transaction', async () => {
      await store.append(async (tx) => {
        assert.equal((await tx.head()).size, 0);
        await tx.insertEvidence(Array.from({ length: 1000 }, (_, i) => row(i)));
        await tx.insertNodes([{ level: 4, idx: 0, hash: hex(99) }]);
        await tx.setHead({ size: 1000, root: hex(1000) });
        await tx.insertCheckpoint({
          size: 1000,
          root: hex(1000),
          note: 'note-1',
          created_at: '2026-11-26T00:00:00Z',
        });
      });
      assert.deepEqual(await store.head(), { size: 1000, root: hex(1000) });
      assert.equal(await store.countEvidence({}), 1000);
      assert.equal((await store.latestCheckpoint())?.seq, 0);
      assert.deepEqual(await store.nodes([{ level: 4, idx: 0 }]), [{ level: 4, idx: 0, hash: hex(99) }]);
      assert.equal(await store.maxNodeLevel(), 4);
    });

    it('rolls back everything when the transaction fails', async () => {
      await assert.rejects(
        store.append(async (tx) => {
          await tx.insertEvidence([row(1000)]);
          await tx.setHead({ size: 1001, root: hex(1001) });
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal((await store.head()).size, 1000);
      assert.equal(await store.countEvidence({}), 1000);
    });

    it('rejects a second record with the same id or the same seq', async () => {
      await assert.rejects(store.append((tx) => tx.insertEvidence([row(1000, { id: row(5).id })])));
      await assert.rejects(store.append((tx) => tx.insertEvidence([row(5, { id: hex(123456789) })])));
      assert.equal(await store.countEvidence({}), 1000);
    });

    it('finds which ids it already holds, inside the transaction too', async () => {
      await store.append(async (tx) => {
        const ids = [row(3).id, row(999).id, hex(424242)];
        assert.deepEqual([...(await tx.existingIds(ids))].sort(), [row(3).id, row(999).id].sort());
        assert.deepEqual(await tx.leafHashes(2, 4), [hex(2), hex(3)]);
      });
    });

    it('filters evidence by type, subject and event time, in event-time order', async () => {
      const changes = await store.listEvidence({ type: 'change', limit: 5000 });
      assert.equal(changes.length, 500);
      assert.ok(changes.every((r) => r.type === 'change'));
      const window = await store.listEvidence({
        type: 'incident',
        since: '2026-01-11T00:00:00.000Z',
        until: '2026-01-21T00:00:00.000Z',
      });
      assert.deepEqual(
        window.map((r) => r.seq),
        [10, 12, 14, 16, 18],
      );
      assert.equal(await store.countEvidence({ subject: 'svc-1', type: 'change' }), 167);
      assert.deepEqual(
        (await store.listEvidence({ limit: 3, offset: 2 })).map((r) => r.seq),
        [2, 3, 4],
      );
    });

    it('filters evidence by source, and lists newest event first on request', async () => {
      assert.equal(await store.countEvidence({ source: 'contract' }), 1000);
      assert.equal(await store.countEvidence({ source: 'elsewhere' }), 0);
      assert.deepEqual(
        (await store.listEvidence({ type: 'incident', newest: true, limit: 3 })).map((r) => r.seq),
        [998, 996, 994],
      );
      assert.deepEqual(
        (await store.listEvidence({ newest: true, limit: 2, offset: 1 })).map((r) => r.seq),
        [998, 997],
      );
    });

    it('finds the latest record of a type by event time', async () => {
      assert.equal((await store.latestEvidence('incident'))?.seq, 998);
      assert.equal((await store.latestEvidence('change'))?.seq, 999);
      assert.equal(await store.latestEvidence('pentest'), undefined);
    });

    it('pages one type in event-time order after a cursor', async () => {
      const seen: number[] = [];
      let after: { observed_at: string; seq: number } | undefined;
      for (;;) {
        const page = await store.evidenceByTime({
          type: 'incident',
          since: '2026-01-11T00:00:00.000Z',
          until: '2026-02-01T00:00:00.000Z',
          limit: 3,
          ...(after ? { after } : {}),
        });
        if (!page.length) break;
        seen.push(...page.map((r) => r.seq));
        const last = page.at(-1) as EvidenceRow;
        after = { observed_at: last.observed_at, seq: last.seq };
      }
      assert.deepEqual(seen, [10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30]);
    });

    it('finds a record by id prefix, and pages records by seq', async () => {
      const target = row(321);
      assert.deepEqual(
        (await store.findEvidence(target.id)).map((r) => r.seq),
        [321],
      );
      assert.equal((await store.findEvidence('0'.repeat(58), 2)).length, 2);
      assert.deepEqual(
        (await store.evidenceRange(10, 13)).map((r) => r.seq),
        [10, 11, 12],
      );
      assert.deepEqual(
        (await store.evidencePage(997, 10)).map((r) => r.seq),
        [998, 999],
      );
      assert.deepEqual(await store.nodeRange(4, 0, 10), [{ level: 4, idx: 0, hash: hex(99) }]);
      assert.deepEqual(await store.nodeRange(4, 1, 2 ** 31 - 1), []);
    });

    it('keeps blobs content-addressed: a second put of one address stores nothing', async () => {
      const blob = {
        sha256: hex(7),
        key_id: 'k1',
        nonce: Buffer.alloc(12, 1),
        ciphertext: Buffer.from([0, 1, 2, 255]),
        size: 4,
        created_at: '2026-11-26T00:00:00Z',
      };
      assert.equal(await store.append((tx) => tx.putBlob(blob)), true);
      assert.equal(await store.append((tx) => tx.putBlob({ ...blob, ciphertext: Buffer.from([9]) })), false);
      const got = await store.getBlob(hex(7));
      assert.deepEqual(Buffer.from(got?.ciphertext ?? []), Buffer.from([0, 1, 2, 255]));
      await store.replaceBlobCipher(hex(7), 'k2', Buffer.alloc(12, 2), Buffer.from([5]));
      assert.equal((await store.getBlob(hex(7)))?.key_id, 'k2');
      assert.deepEqual(await store.blobAddresses('', 10), [hex(7)]);
      assert.deepEqual(await store.blobAddresses(hex(7), 10), []);
    });

    it('records collection runs and lists them newest first', async () => {
      const base = {
        collector: 'tls',
        finished_at: null,
        status: 'running' as const,
        items: 0,
        stored: 0,
        error: null,
      };
      await store.startRun({ ...base, id: 'r1', source: 'edge', started_at: '2026-03-01T00:00:00.000Z' });
      await store.startRun({ ...base, id: 'r2', source: 'edge', started_at: '2026-03-02T00:00:00.000Z' });
      await store.startRun({ ...base, id: 'r3', source: 'db', started_at: '2026-03-03T00:00:00.000Z' });
      await store.finishRun('r2', {
        finished_at: '2026-03-02T00:01:00.000Z',
        status: 'error',
        items: 3,
        stored: 0,
        error: 'timeout',
      });
      const edge = await store.listRuns({ source: 'edge', limit: 10 });
      assert.deepEqual(
        edge.map((r) => [r.id, r.status, r.items, r.error]),
        [
          ['r2', 'error', 3, 'timeout'],
          ['r1', 'running', 0, null],
        ],
      );
      assert.deepEqual(
        (await store.listRuns({ limit: 1 })).map((r) => r.id),
        ['r3'],
      );
    });

    it('keeps access tokens by hash, revokes them once, and ends their sessions', async () => {
      const token = (id: string, role: 'admin' | 'viewer', at: string) => ({
        id,
        role,
        label: role === 'admin' ? null : 'auditor',
        token_sha256: hex(id.charCodeAt(0)),
        created_at: at,
        revoked_at: null,
      });
      assert.equal(await store.access.addToken(token('a', 'admin', '2026-03-01T00:00:00.000Z')), true);
      assert.equal(await store.access.addToken(token('a', 'admin', '2026-03-09T00:00:00.000Z')), false);
      assert.equal(await store.access.addToken(token('v', 'viewer', '2026-03-02T00:00:00.000Z')), true);
      await assert.rejects(
        store.access.addToken({ ...token('w', 'viewer', '2026-03-03'), token_sha256: hex(97) }),
      );
      assert.deepEqual(
        (await store.access.tokens()).map((t) => [t.id, t.role, t.label, t.revoked_at]),
        [
          ['a', 'admin', null, null],
          ['v', 'viewer', 'auditor', null],
        ],
      );
      const session = (id: number, tokenId: string, expires: string) => ({
        id_sha256: hex(5000 + id),
        token_id: tokenId,
        created_at: '2026-03-04T00:00:00.000Z',
        expires_at: expires,
      });
      await store.access.addSession(session(1, 'a', '2026-03-04T12:00:00.000Z'));
      await store.access.addSession(session(2, 'v', '2026-03-04T12:00:00.000Z'));
      await store.access.addSession(session(3, 'v', '2026-03-04T06:00:00.000Z'));
      const live = async (now: string) =>
        (await store.access.liveSessions(now)).map((s) => [s.id_sha256, s.token_id, s.role]).sort();
      assert.deepEqual(await live('2026-03-04T08:00:00.000Z'), [
        [hex(5001), 'a', 'admin'],
        [hex(5002), 'v', 'viewer'],
      ]);
      const revoked = await store.access.revokeToken('v', '2026-03-04T09:00:00.000Z');
      assert.equal(revoked?.revoked_at, '2026-03-04T09:00:00.000Z');
      assert.equal(
        (await store.access.revokeToken('v', '2026-03-05'))?.revoked_at,
        '2026-03-04T09:00:00.000Z',
      );
      assert.equal(await store.access.revokeToken('nobody', '2026-03-05'), undefined);
      assert.deepEqual(await live('2026-03-04T01:00:00.000Z'), [[hex(5001), 'a', 'admin']]);
      await store.access.deleteSession(hex(5001));
      assert.deepEqual(await live('2026-03-04T01:00:00.000Z'), []);
      await store.access.addSession(session(4, 'a', '2026-03-04T12:00:00.000Z'));
      await store.access.addSession(session(5, 'a', '2026-03-05T12:00:00.000Z'));
      await store.access.deleteExpiredSessions('2026-03-04T12:00:00.000Z');
      assert.deepEqual(await live('2026-03-01T00:00:00.000Z'), [[hex(5005), 'a', 'admin']]);
    });

    it('keeps meta values once set', async () => {
      assert.equal(await store.initMeta('origin', 'a'), 'a');
      assert.equal(await store.initMeta('origin', 'b'), 'a');
      assert.equal(await store.getMeta('origin'), 'a');
    });

    it('serialises appenders from two processes: no lost update of the head', async () => {
      const worker = fileURLToPath(new URL('../../test/support/append-worker.ts', import.meta.url));
      const run = (tag: string) =>
        new Promise<void>((resolve, reject) => {
          execFile(
            process.execPath,
            ['--import', 'tsx', worker, location, '25', tag],
            (error, _out, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve()),
          );
        });
      await Promise.all([run('a'), run('b')]);
      assert.equal((await store.head()).size, 1050);
      assert.equal(await store.countEvidence({}), 1050);
      assert.equal(await store.countEvidence({ subject: 'a' }), 25);
    });

    it('passes its integrity check and survives reopening (migrations are idempotent)', async () => {
      assert.deepEqual(await store.integrityCheck(), []);
      const again = await reopen();
      assert.equal((await again.head()).size, 1050);
      await again.close();
    });
  });
}
