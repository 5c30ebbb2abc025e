import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { importEvidence } from '../src/app/import-evidence.ts';
import { initProgramme } from '../src/app/init-programme.ts';
import { openWorkspace, type Workspace } from '../src/app/workspace.ts';
import { verifyLedger } from '../src/ledger/verify-ledger.ts';

/**
 * Verify on worker threads that read the SQLite file themselves must find exactly what verify on one
 * thread finds: for a sound ledger, and for a changed, a deleted and an appended-behind-its-back record.
 * Workers build the tree over aligned ranges of 2^rangeLevel records; small ranges here put checkpoints
 * inside ranges and on their edges, and damage after many whole ranges.
 */
describe('verify with workers reading the store themselves', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evident-verify-par-'));
  let ws: Workspace;
  const run = (threshold: number, rangeLevel?: number) =>
    verifyLedger(ws.store, {
      verifierKey: ws.verifierKey,
      origin: ws.origin,
      keys: ws.keyring.all,
      workerThreshold: threshold,
      ...(rangeLevel ? { rangeLevel } : {}),
    });
  const levels = [2, 4, 6, 9, 15];
  // Problems are said range by range, so their order follows the range size; the set must not.
  const sorted = (r: Awaited<ReturnType<typeof run>>) => ({
    ...r,
    problems: [...r.problems].sort((a, b) => `${a.item}${a.problem}`.localeCompare(`${b.item}${b.problem}`)),
  });
  before(async () => {
    initProgramme({ dir, organisation: 'Parallel Ltd' });
    const lines = Array.from({ length: 3_000 }, (_, i) =>
      JSON.stringify({
        type: 'document',
        source: 'test',
        // Record 1500's subject is escaped in its leaf (a newline and quotes).
        subject: i === 1500 ? 's\n"q"' : `s${i % 5}`,
        observed_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        data: { title: `doc ${i}`, kind: 'minutes', sha256: 'b'.repeat(64) },
      }),
    );
    ws = await openWorkspace(dir, process.env);
    // Three imports: checkpoints at 1,000 (inside a range), 1,024 (on a range edge) and 3,000.
    for (const [from, to] of [
      [0, 1000],
      [1000, 1024],
      [1024, 3000],
    ] as const) {
      writeFileSync(join(dir, 'e.jsonl'), `${lines.slice(from, to).join('\n')}\n`);
      await importEvidence(ws, join(dir, 'e.jsonl'));
    }
  });
  after(() => ws.store.close());

  it('agrees with one thread on a sound ledger', async () => {
    const inline = await run(Number.POSITIVE_INFINITY);
    assert.equal(inline.ok, true);
    assert.equal(inline.checkpoints, 3);
    for (const level of levels) assert.deepEqual(await run(1, level), inline, `ranges of 2^${level}`);
  });

  it('agrees with one thread on a tampered ledger', async () => {
    const db = new Database(join(dir, '.evident', 'evidence.db'));
    const row = db.prepare('SELECT body FROM evidence WHERE seq = 1234').get() as { body: string };
    db.prepare('UPDATE evidence SET body = ? WHERE seq = 1234').run(row.body.replace('doc 1234', 'doc 9999'));
    db.exec('DELETE FROM evidence WHERE seq = 2500');
    // A copy of record #10 slipped in after the head, as if appended without the ledger.
    db.exec(
      `INSERT INTO evidence (seq, id, type, source, subject, observed_at, collected_at, leaf_hash, body)
       SELECT 3000, printf('%064d', 7), type, source, subject, observed_at, collected_at, leaf_hash, body
       FROM evidence WHERE seq = 10`,
    );
    // Columns that disagree with their leaf: one holding the escaped text of the field as itself
    // (character for character what the leaf holds), a plain one, and a collection time.
    db.prepare('UPDATE evidence SET subject = ? WHERE seq = 1500').run('s\\n\\"q\\"');
    db.exec(`UPDATE evidence SET subject = 's9' WHERE seq = 1600`);
    db.exec(`UPDATE evidence SET collected_at = '2020-01-01T00:00:00.000Z' WHERE seq = 1700`);
    // Stored tree nodes: one changed, one removed.
    db.exec(`UPDATE tree_nodes SET hash = printf('%064d', 0) WHERE level = 4 AND idx = 10`);
    db.exec('DELETE FROM tree_nodes WHERE level = 5 AND idx = 20');
    db.close();
    const inline = await run(Number.POSITIVE_INFINITY);
    assert.equal(inline.ok, false);
    for (const level of levels)
      assert.deepEqual(sorted(await run(1, level)), sorted(inline), `ranges of 2^${level}`);
    const pooled = await run(1);
    assert.ok(pooled.problems.some((p) => p.item.startsWith('record #1234 ')));
    assert.ok(pooled.problems.some((p) => p.item === 'record #2500' && /missing/.test(p.problem)));
    const said = (seq: number, column: string) =>
      pooled.problems.some(
        (p) => p.item.startsWith(`record #${seq} `) && p.problem.startsWith(`column ${column} is`),
      );
    assert.ok(said(1500, 'subject'), 'the escaped subject taken as itself');
    assert.ok(said(1600, 'subject'));
    assert.ok(said(1700, 'collected_at'));
    assert.ok(pooled.problems.some((p) => p.item === 'tree node level 4 #10' && /differs/.test(p.problem)));
    assert.ok(pooled.problems.some((p) => p.item === 'tree node level 5 #20' && /missing/.test(p.problem)));
  });
});
