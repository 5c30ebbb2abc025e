import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { listEvidence } from '../src/app/evidence-queries.ts';
import { ledgerRoot, proveConsistency, proveInclusion } from '../src/app/ledger-queries.ts';
import { verifyWorkspace } from '../src/app/verify-workspace.ts';
import { parseCheckpoint } from '../src/ledger/checkpoint/checkpoint.ts';
import { openNote } from '../src/ledger/checkpoint/note.ts';
import { hashLeaf, verifyConsistency, verifyInclusion } from '../src/ledger/merkle/index.ts';
import { json, runCli } from './run-cli.ts';
import { setUpProgramme } from './support/set-up-programme.ts';

const root = mkdtempSync(join(tmpdir(), 'evident-ledger-'));
after(() => rmSync(root, { recursive: true, force: true }));

const change = (i: number, extra: Record<string, unknown> = {}) => ({
  type: 'change',
  source: 'git:api',
  subject: 'api',
  observed_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  data: {
    id: `c${i}`,
    title: `change ${i}`,
    author: 'ann',
    merged_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    approvers: ['bob'],
    ci_passed: true,
    emergency: false,
  },
  ...extra,
});
const jsonl = (records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
const write = (name: string, text: string) => {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
};

type Record_ = {
  id: string;
  seq: number;
  type: string;
  data: Record<string, unknown>;
  artifacts: { name: string; sha256: string }[];
};

describe('import, evidence and ledger commands', () => {
  const dir = join(root, 'p');
  before(async () => {
    assert.equal((await runCli(['init', '-C', dir, '--yes'])).code, 0);
    write('report.json', '{"SchemaVersion":2,"Results":[]}\n');
    const first = write(
      'first.jsonl',
      jsonl([
        ...Array.from({ length: 20 }, (_, i) => change(i)),
        change(20, { artifacts: [{ path: 'report.json' }] }),
      ]),
    );
    const r = await runCli(['import', '-C', dir, first]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /imported 21 new record\(s\), 1 artifact\(s\) — ledger size 21/);
  });

  it('is idempotent: re-importing the same content stores nothing and says so', async () => {
    const r = await runCli(['import', '-C', dir, join(root, 'first.jsonl'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const [file] = json<{ files: { stored: number; duplicates: number; size: number }[] }>(r).files;
    assert.deepEqual([file?.stored, file?.duplicates, file?.size], [0, 21, 21]);
  });

  it('rejects a file with a bad line, naming the line and the JSON path, and stores nothing from it', async () => {
    const bad = write(
      'bad.jsonl',
      jsonl([change(100), change(101), { ...change(102), data: { ...change(102).data, ci_passed: 'yes' } }]) +
        '{not json\n' +
        jsonl([{ ...change(103), type: 'tweet' }]),
    );
    const r = await runCli(['import', '-C', dir, bad]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /rejected, nothing was stored/);
    assert.match(r.stderr, /bad\.jsonl:3: data\.ci_passed: Invalid input: expected boolean, received string/);
    assert.match(r.stderr, /bad\.jsonl:4: not JSON/);
    assert.match(r.stderr, /bad\.jsonl:5: type: Invalid option/);
    assert.equal((await ledgerRoot(dir)).size, 21);
  });

  it('lists and shows evidence with the collected and observed times and the artifact', async () => {
    const list = json<{
      total: number;
      items: { id: string; observed_at: string; collected_at: string; artifacts: number }[];
    }>(
      await runCli([
        'evidence',
        'list',
        '-C',
        dir,
        '--type',
        'change',
        '--since',
        '2026-01-01',
        '--until',
        '2026-01-01',
        '--limit',
        '5',
        '--json',
      ]),
    );
    assert.equal(list.total, 21);
    assert.equal(list.items.length, 5);
    assert.equal(list.items[0]?.observed_at, '2026-01-01T00:00:00.000Z');
    assert.ok(list.items.every((e) => e.collected_at > e.observed_at));
    // Another type, through the use case the command prints.
    const none = await listEvidence(dir, { type: 'incident', limit: 100, offset: 0 });
    assert.equal(none.total, 0);
    const last = json<{ items: { id: string }[] }>(
      await runCli(['evidence', 'list', '-C', dir, '--offset', '20', '--json']),
    );
    const shown = json<Record_>(
      await runCli(['evidence', 'show', '-C', dir, last.items[0]?.id.slice(0, 10) ?? '', '--json']),
    );
    assert.equal(shown.data.id, 'c20');
    assert.equal(shown.artifacts[0]?.name, 'report.json');
    assert.match(shown.artifacts[0]?.sha256 ?? '', /^[0-9a-f]{64}$/);
    const missing = await runCli(['evidence', 'show', '-C', dir, 'abcdef']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no evidence with id abcdef/);
  });

  /**
   * Proofs for many sizes and leaves differ only in data: one goes through `evident ledger proof`, whose
   * JSON must be exactly what the use case returns; the rest come from that use case in this process.
   */
  it('gives inclusion proofs that verify against the root, for every leaf and several sizes', async () => {
    const leaves = (await runCli(['ledger', 'export', '-C', dir])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { index: number; leaf: string });
    assert.deepEqual(
      leaves.map((l) => l.index),
      Array.from({ length: 21 }, (_, i) => i),
    );
    const cli = await runCli(['ledger', 'proof', '-C', dir, '--index', '9', '--size', '16', '--json']);
    assert.equal(cli.code, 0, cli.stderr);
    assert.deepEqual(json(cli), await proveInclusion(dir, 9, 16));
    let checked = 0;
    for (const size of [21, 16, 7]) {
      for (let index = 0; index < size; index += 3) {
        const p = await proveInclusion(dir, index, size);
        assert.deepEqual([p.index, p.size], [index, size]);
        const leafHash = hashLeaf(Buffer.from(leaves[index]?.leaf ?? '', 'base64'));
        assert.equal(p.leaf_hash, leafHash.toString('hex'));
        assert.ok(
          verifyInclusion({
            index,
            size,
            leafHash,
            proof: p.proof.map((h) => Buffer.from(h, 'hex')),
            root: Buffer.from(p.root, 'hex'),
          }),
          `leaf ${index} of ${size}`,
        );
        checked++;
      }
    }
    assert.equal(checked, 16);
    const bad = await runCli(['ledger', 'proof', '-C', dir, '--index', '21']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--index must be a whole number from 0 to 20, got 21/);
  });

  it('gives consistency proofs between sizes that verify, and signs the checkpoint', async () => {
    const now = json<{ size: number; root: string }>(await runCli(['ledger', 'root', '-C', dir, '--json']));
    // As for inclusion: one through `evident ledger consistency`, the rest through its use case.
    const cli = await runCli(['ledger', 'consistency', '-C', dir, '--from', '5', '--json']);
    assert.equal(cli.code, 0, cli.stderr);
    assert.deepEqual(json(cli), await proveConsistency(dir, 5));
    for (const from of [1, 5, 16, 20, 21]) {
      const c = await proveConsistency(dir, from);
      assert.deepEqual([c.from, c.to], [from, now.size]);
      assert.equal(c.root, now.root);
      assert.ok(
        verifyConsistency({
          oldSize: from,
          newSize: c.to,
          oldRoot: Buffer.from(c.old_root, 'hex'),
          newRoot: Buffer.from(c.root, 'hex'),
          proof: c.proof.map((h) => Buffer.from(h, 'hex')),
        }),
        `from ${from}`,
      );
    }
    const note = (await runCli(['ledger', 'checkpoint', '-C', dir])).stdout;
    const { readFileSync } = await import('node:fs');
    const vkey = readFileSync(join(dir, '.evident', 'ledger.vkey'), 'utf8').trim();
    const opened = openNote(note, [vkey]);
    assert.ok(opened.signatures.some((s) => s.verified));
    const cp = parseCheckpoint(opened.body);
    assert.equal(cp.size, now.size);
    assert.equal(cp.root.toString('hex'), now.root);
    assert.match(cp.origin, /^evident\/example-cloud-ltd\/[0-9a-f]{8}$/);
  });

  it('rotates the blob key and still decrypts every blob', async () => {
    const r = json<{ key_id: string; reencrypted: number; previous: string }>(
      await runCli(['keys', 'rotate', '-C', dir, '--json']),
    );
    assert.equal(r.reencrypted, 1);
    assert.notEqual(r.key_id, r.previous);
    // `evident verify` without the CLI (its exit code and JSON are checked below, on the tamper base).
    const v = await verifyWorkspace(dir);
    assert.equal(v.ok, true, JSON.stringify(v.problems));
    const db = new Database(join(dir, '.evident', 'evidence.db'), { readonly: true });
    assert.deepEqual(db.prepare('SELECT DISTINCT key_id FROM blobs').all(), [{ key_id: r.key_id }]);
    db.close();
  });
});

describe('evident verify finds tampering', () => {
  const base = join(root, 'tamper-base');
  before(async () => {
    write('art.txt', 'the original scanner report\n');
    const batch1 = write(
      't1.jsonl',
      jsonl([
        ...Array.from({ length: 20 }, (_, i) => change(i)),
        change(20, { artifacts: [{ path: 'art.txt' }] }),
      ]),
    );
    const batch2 = write('t2.jsonl', jsonl(Array.from({ length: 19 }, (_, i) => change(100 + i))));
    await setUpProgramme(base, { files: [batch1, batch2] });
    const ok = await runCli(['verify', '-C', base, '--json']);
    assert.equal(ok.code, 0, ok.stdout);
    assert.equal(json<{ records: number; checkpoints: number }>(ok).records, 40);
  });

  let n = 0;
  /**
   * A copy of the clean programme with `edit` applied to its database; returns verify's problems. Through
   * `evident verify --json` when `cli` is set (exit 1), else through the use case it prints, in this
   * process (the same report, without a Node start-up per case).
   */
  async function tampered(
    edit: (db: Database.Database) => void,
    cli = false,
  ): Promise<{ item: string; problem: string }[]> {
    const dir = join(root, `tamper-${n++}`);
    cpSync(base, dir, { recursive: true });
    const db = new Database(join(dir, '.evident', 'evidence.db'));
    edit(db);
    db.close();
    if (!cli) {
      const report = await verifyWorkspace(dir);
      assert.equal(report.ok, false, `verify should fail: ${JSON.stringify(report)}`);
      return report.problems;
    }
    const r = await runCli(['verify', '-C', dir, '--json']);
    assert.equal(r.code, 1, `verify should fail: ${r.stdout}`);
    const report = json<{ ok: boolean; problems: { item: string; problem: string }[] }>(r);
    assert.equal(report.ok, false);
    return report.problems;
  }
  const has = (problems: { item: string; problem: string }[], item: RegExp, problem: RegExp) =>
    assert.ok(
      problems.some((p) => item.test(p.item) && problem.test(p.problem)),
      `expected ${item} ${problem} in\n${problems.map((p) => `${p.item}: ${p.problem}`).join('\n')}`,
    );

  it('a changed byte of a record names the record', async () => {
    const problems = await tampered(
      (db) => db.exec(`UPDATE evidence SET body = replace(body, '"change 7"', '"change 8"') WHERE seq = 7`),
      true,
    );
    has(problems, /^record #7 /, /bytes differ/);
  });

  it('a record rewritten with a matching leaf hash still breaks the tree and the checkpoints', async () => {
    const problems = await tampered((db) => {
      const row = db.prepare('SELECT body FROM evidence WHERE seq = 3').get() as { body: string };
      const body = row.body.replace('"ann"', '"eve"');
      db.prepare('UPDATE evidence SET body = ?, leaf_hash = ? WHERE seq = 3').run(
        body,
        hashLeaf(Buffer.from(body)).toString('hex'),
      );
    });
    has(problems, /^record #3 /, /content hashes to/);
    has(problems, /^tree node level 4 #0$/, /leaves 0\.\.15/);
    has(problems, /^checkpoint #0 \(size 21\)$/, /root differs/);
  });

  it('a deleted record is named', async () => {
    const problems = await tampered((db) => db.exec('DELETE FROM evidence WHERE seq = 30'));
    has(problems, /^record #30$/, /missing/);
    has(problems, /^checkpoint #1 \(size 40\)$/, /only 39 exist|root differs/);
  });

  it('a record deleted from the end is found through the checkpoint that signed it', async () => {
    const problems = await tampered((db) => db.exec('DELETE FROM evidence WHERE seq = 39'));
    has(problems, /^checkpoint #1 \(size 40\)$/, /only 39 exist/);
    has(problems, /^ledger head$/, /size 40/);
  });

  it('two records swapped (reordered) break the tree over their leaves', async () => {
    const problems = await tampered((db) => {
      db.exec('UPDATE evidence SET seq = -1 WHERE seq = 1');
      db.exec('UPDATE evidence SET seq = 1 WHERE seq = 2');
      db.exec('UPDATE evidence SET seq = 2 WHERE seq = -1');
    });
    has(problems, /^tree node level 4 #0$/, /altered, deleted or reordered/);
    has(problems, /^checkpoint #0 \(size 21\)$/, /root differs/);
  });

  it('a changed byte of a blob names the blob', async () => {
    const problems = await tampered((db) => {
      const row = db.prepare('SELECT sha256, ciphertext FROM blobs').get() as {
        sha256: string;
        ciphertext: Buffer;
      };
      row.ciphertext[5]! ^= 0x20;
      db.prepare('UPDATE blobs SET ciphertext = ? WHERE sha256 = ?').run(row.ciphertext, row.sha256);
    });
    has(problems, /^blob [0-9a-f]{12}$/, /does not authenticate/);
    const text = await tampered((db) => db.exec("UPDATE blobs SET ciphertext = 'abc'"));
    has(text, /^blob [0-9a-f]{12}$/, /not binary/);
  });

  it('a deleted blob is named as referenced but not stored', async () => {
    const problems = await tampered((db) => db.exec('DELETE FROM blobs'));
    has(problems, /^blob [0-9a-f]{12}$/, /not stored/);
  });

  it('a changed checkpoint is named', async () => {
    const problems = await tampered((db) => {
      const row = db.prepare('SELECT note FROM checkpoints WHERE seq = 0').get() as { note: string };
      db.prepare('UPDATE checkpoints SET note = ? WHERE seq = 0').run(row.note.replace('\n21\n', '\n22\n'));
    });
    has(problems, /^checkpoint #0 \(size 21\)$/, /signature|not a valid signed note/);
  });
});
