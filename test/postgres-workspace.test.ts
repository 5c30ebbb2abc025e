import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { json, runCli } from './run-cli.ts';
import { startTestPostgres, type TestPostgres } from './support/postgres.ts';

const root = mkdtempSync(join(tmpdir(), 'evident-pgws-'));
let server: TestPostgres;
let env: NodeJS.ProcessEnv;
before(async () => {
  server = await startTestPostgres();
  env = { EVIDENT_DATABASE_URL: await server.freshDatabase() };
});
after(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('a programme whose evidence lives in PostgreSQL (EVIDENT_DATABASE_URL)', () => {
  it('imports, proves and verifies exactly as on SQLite, and keeps no SQLite file', async () => {
    const dir = join(root, 'p');
    const init = await runCli(['init', '-C', dir, '--yes']);
    assert.equal(init.code, 0, init.stderr);
    const lines = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify({
        type: 'personnel',
        source: 'hr',
        subject: 'roster',
        observed_at: new Date(Date.UTC(2026, 1, 1 + i)).toISOString(),
        data: {
          people: [
            { person: `p${i}`, email: `p${i}@example.test`, start_date: '2025-01-01', end_date: null },
          ],
        },
      }),
    );
    writeFileSync(join(root, 'a.jsonl'), `${lines.slice(0, 25).join('\n')}\n`);
    writeFileSync(join(root, 'b.jsonl'), `${lines.join('\n')}\n`);
    const r = await runCli(['import', '-C', dir, join(root, 'a.jsonl'), join(root, 'b.jsonl'), '--json'], {
      env,
    });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      json<{ files: { stored: number; duplicates: number }[] }>(r).files.map((f) => [f.stored, f.duplicates]),
      [
        [25, 0],
        [15, 25],
      ],
    );
    const proof = json<{ size: number; proof: string[] }>(
      await runCli(['ledger', 'proof', '-C', dir, '--index', '17', '--json'], { env }),
    );
    assert.equal(proof.size, 40);
    assert.equal(proof.proof.length, 6);
    const v = await runCli(['verify', '-C', dir, '--json'], { env });
    assert.equal(v.code, 0, v.stdout + v.stderr);
    assert.deepEqual(
      [
        json<{ records: number; checkpoints: number; nodes: number }>(v).records,
        json<{ checkpoints: number }>(v).checkpoints,
      ],
      [40, 2],
    );
    const { existsSync } = await import('node:fs');
    assert.equal(existsSync(join(dir, '.evident', 'evidence.db')), false);
  });
});
