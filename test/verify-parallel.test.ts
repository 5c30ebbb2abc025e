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
 */
describe('verify with workers reading the store themselves', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evident-verify-par-'));
  let ws: Workspace;
  const run = (threshold: number) =>
    verifyLedger(ws.store, {
      verifierKey: ws.verifierKey,
      origin: ws.origin,
      keys: ws.keyring.all,
      workerThreshold: threshold,
    });
  before(async () => {
    initProgramme({ dir, organisation: 'Parallel Ltd' });
    const lines = Array.from({ length: 3_000 }, (_, i) =>
      JSON.stringify({
        type: 'document',
        source: 'test',
        subject: `s${i % 5}`,
        observed_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        data: { title: `doc ${i}`, kind: 'minutes', sha256: 'b'.repeat(64) },
      }),
    );
    writeFileSync(join(dir, 'e.jsonl'), `${lines.join('\n')}\n`);
    ws = await openWorkspace(dir, process.env);
    await importEvidence(ws, join(dir, 'e.jsonl'));
  });
  after(() => ws.store.close());

  it('agrees with one thread on a sound ledger', async () => {
    const inline = await run(Number.POSITIVE_INFINITY);
    assert.equal(inline.ok, true);
    assert.deepEqual(await run(1), inline);
  });

  it('agrees with one thread on a tampered ledger', async () => {
    const db = new Database(join(dir, '.evident', 'evidence.db'));
    const row = db.prepare('SELECT body FROM evidence WHERE seq = 1234').get() as { body: string };
    db.prepare('UPDATE evidence SET body = ? WHERE seq = 1234').run(row.body.replace('doc 1234', 'doc 9999'));
    db.exec('DELETE FROM evidence WHERE seq = 2500');
    db.close();
    const inline = await run(Number.POSITIVE_INFINITY);
    const pooled = await run(1);
    assert.equal(pooled.ok, false);
    assert.deepEqual(pooled, inline);
    assert.ok(pooled.problems.some((p) => p.item.startsWith('record #1234 ')));
    assert.ok(pooled.problems.some((p) => p.item === 'record #2500' && /missing/.test(p.problem)));
  });
});
