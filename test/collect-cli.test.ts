import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ALICE, TestRepo } from '../src/collectors/git/test-repo.ts';
import { runCli } from './run-cli.ts';
import { setUpProgramme } from './support/set-up-programme.ts';

/** `evident collect` and `evident sources` with a real collector (git) over a real repository. */
describe('evident collect and sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evident-collect-cli-'));
  const repo = new TestRepo();
  before(async () => {
    await setUpProgramme(dir);
    repo.commit('Initial import\n', ALICE, '2026-03-02T10:00:00Z');
    repo.commit(
      'Fix login timeout\n\nReviewed-by: Bob Builder <Bob@Example.com>\nCI-Passed: true\n',
      ALICE,
      '2026-03-03T10:00:00Z',
    );
    // The path is written relative to the programme folder.
    const sources = [
      'sources:',
      `  - { id: app-repo, collector: git, options: { path: "${relative(dir, repo.dir)}", branch: main } }`,
      '  - { id: nowhere, collector: git, options: { path: does-not-exist } }',
    ].join('\n');
    writeFileSync(
      join(dir, 'evident.yaml'),
      `${readFileSync(join(dir, 'evident.yaml'), 'utf8')}\n${sources}\n`,
    );
  });
  after(() => repo.remove());

  it('collects every source, stores the changes, records the runs, and exits 1 for the failing one', async () => {
    const r = await runCli(['collect', '-C', dir, '--json']);
    assert.equal(r.code, 1, r.stderr);
    const runs = (
      JSON.parse(r.stdout) as {
        runs: { source: string; status: string; items: number; stored: number; error?: string }[];
      }
    ).runs;
    assert.deepEqual(
      runs.map((x) => [x.source, x.status, x.items, x.stored]),
      [
        ['app-repo', 'ok', 2, 2],
        ['nowhere', 'error', 0, 0],
      ],
    );
    assert.match(String(runs[1]?.error), /does-not-exist/);
    const changes = JSON.parse(
      (await runCli(['evidence', 'list', '-C', dir, '--type', 'change', '--json'])).stdout,
    ) as {
      items: { source: string }[];
    };
    assert.deepEqual(
      changes.items.map((c) => c.source),
      ['app-repo', 'app-repo'],
    );
  });

  it('collects one source on request, and stores nothing new the second time', async () => {
    const r = await runCli(['collect', '-C', dir, '--source', 'app-repo', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const [run] = (JSON.parse(r.stdout) as { runs: { stored: number; duplicates: number }[] }).runs;
    assert.deepEqual([run?.stored, run?.duplicates], [0, 2]);
    const missing = await runCli(['collect', '-C', dir, '--source', 'nope']);
    assert.equal(missing.code, 2);
  });

  it('lists the sources with their last run', async () => {
    const r = await runCli(['sources', '-C', dir, '--json']);
    const sources = (
      JSON.parse(r.stdout) as {
        sources: { id: string; schedule: string | null; last_run: { status: string } | null }[];
      }
    ).sources;
    assert.deepEqual(
      sources.map((s) => [s.id, s.schedule, s.last_run?.status]),
      [
        ['app-repo', null, 'ok'],
        ['nowhere', null, 'error'],
      ],
    );
  });

  it('reports a source with bad options by its place in evident.yaml', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'evident-collect-bad-'));
    await setUpProgramme(bad);
    writeFileSync(
      join(bad, 'evident.yaml'),
      `${readFileSync(join(bad, 'evident.yaml'), 'utf8')}\nsources:\n  - { id: db, collector: postgres, options: { url: "postgres://u:hunter2@h/db" } }\n`,
    );
    const r = await runCli(['collect', '-C', bad]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /sources\[0\]\.options\.url/);
    assert.ok(!r.stderr.includes('hunter2'), 'the password is not echoed');
  });
});
