import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { showEvidence } from '../src/app/evidence-queries.ts';
import { ledgerRoot } from '../src/app/ledger-queries.ts';
import { sampleControl } from '../src/app/sample-control.ts';
import { verifyWorkspace } from '../src/app/verify-workspace.ts';
import { openWorkspace } from '../src/app/workspace.ts';
import { sampleJson } from '../src/cli/commands/sample.ts';
import type { Unit } from '../src/engine/control-test-run.ts';
import { populationHash, reDrawSample } from '../src/engine/sampling/index.ts';
import { decryptBlob } from '../src/ledger/blobs/blob-cipher.ts';
import { json, runCli } from './run-cli.ts';
import { setUpProgramme } from './support/set-up-programme.ts';

type SampleJson = {
  control: string;
  period: { start: string; end: string };
  population_size: number;
  population_sha256: string;
  sample_size: number;
  method: string;
  seed: string;
  items: Unit[];
  frozen: { id: string; ledger_index: number };
};
type StoredRecord = {
  id: string;
  seq: number;
  type: string;
  source: string;
  subject: string;
  observed_at: string;
  data: { title: string; kind: string; sha256: string };
  artifacts: { name: string; sha256: string; size: number }[];
};

const root = mkdtempSync(join(tmpdir(), 'evident-sample-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** A weekly scan on the Tuesday of most ISO weeks of 2026 (every seventh week is skipped). */
function scans(): string {
  const lines: string[] = [];
  for (let week = 0; week < 52; week++) {
    if (week % 7 === 3) continue;
    const day = new Date(Date.UTC(2026, 0, 6 + 7 * week)).toISOString().slice(0, 10);
    lines.push(
      JSON.stringify({
        type: 'vulnerability_scan',
        source: 'test',
        subject: 'prod',
        observed_at: `${day}T02:00:00Z`,
        data: { scanner: 'trivy', targets: ['api'], findings: [] },
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('evident sample', () => {
  const dir = join(root, 'acme');
  const period = '2026-01-01..2026-12-31';
  const sample = async (...args: string[]) => {
    const r = await runCli(['sample', '-C', dir, '--control', 'vuln-scan', ...args, '--json']);
    assert.equal(r.code, 0, r.stderr);
    return json<SampleJson>(r);
  };
  /**
   * `evident sample --control vuln-scan --json` without the CLI: the use case and the JSON contract the
   * command prints, in this process. Cases that differ only in data use it; each option and output
   * form still goes through the CLI above.
   */
  const sampleHere = async (options: { seed?: string } = {}) => {
    const { warnings: _warnings, ...s } = await sampleControl(dir, { control: 'vuln-scan', ...options });
    return JSON.parse(JSON.stringify(sampleJson(s))) as SampleJson;
  };
  const ledgerSize = async () => (await ledgerRoot(dir)).size;

  before(async () => {
    writeFileSync(join(root, 'scans.jsonl'), scans());
    await setUpProgramme(dir, { period, files: [join(root, 'scans.jsonl')] });
  });

  it('draws 5 of the 52 weekly slots of a year, seeded by the period by default (DESIGN.md §6)', async () => {
    const s = await sample();
    assert.deepEqual(Object.keys(s), [
      'control',
      'period',
      'population_size',
      'population_sha256',
      'sample_size',
      'method',
      'seed',
      'items',
      'frozen',
    ]);
    assert.equal(s.control, 'vuln-scan');
    assert.deepEqual(s.period, { start: '2026-01-01', end: '2026-12-31' });
    assert.deepEqual([s.population_size, s.sample_size, s.method], [52, 5, 'stratified']);
    assert.equal(s.seed, period);
    assert.match(s.population_sha256, /^[0-9a-f]{64}$/);
    assert.equal(s.items.length, 5);
    assert.ok(s.items.every((u) => /^2026-W\d\d$/.test(u.label)));
    const starts = s.items.map((u) => u.start);
    assert.deepEqual(starts, [...starts].sort(), 'items come in period order');
  });

  it('is deterministic, and a second run stores nothing new', async () => {
    const first = await sample();
    const size = await ledgerSize();
    const second = await sampleHere();
    assert.deepEqual(second, first);
    assert.equal(await ledgerSize(), size);
  });

  it('draws other items with another seed, from the same frozen population', async () => {
    const base = await sampleHere();
    const other = await sample('--seed', 'acme-2026-audit');
    assert.equal(other.seed, 'acme-2026-audit');
    assert.equal(other.population_sha256, base.population_sha256);
    assert.deepEqual(other.frozen, base.frozen);
    // 52 slots in 5 strata of 10 or 11: the same 5 picks again has a chance of about 1 in 100,000.
    assert.notDeepEqual(
      other.items.map((u) => u.label),
      base.items.map((u) => u.label),
    );
  });

  it('freezes the population as a ledger record whose artifact hashes to population_sha256', async () => {
    const s = await sampleHere();
    const record = JSON.parse(JSON.stringify(await showEvidence(dir, s.frozen.id))) as StoredRecord;
    assert.equal(record.seq, s.frozen.ledger_index);
    assert.deepEqual(
      [record.type, record.source, record.subject, record.observed_at],
      ['document', 'evident-sample', 'vuln-scan', '2026-12-31T23:59:59.000Z'],
    );
    assert.deepEqual(record.data, {
      title: 'Population of vuln-scan for 2026-01-01..2026-12-31',
      kind: 'sample_population',
      sha256: s.population_sha256,
    });
    const [artifact] = record.artifacts;
    assert.equal(artifact?.sha256, s.population_sha256);

    const ws = await openWorkspace(dir);
    let bytes: Buffer;
    try {
      const blob = await ws.store.getBlob(s.population_sha256);
      assert.ok(blob, 'the artifact is stored');
      bytes = decryptBlob(blob, ws.keyring.all);
    } finally {
      await ws.store.close();
    }
    assert.equal(bytes.length, artifact?.size);
    assert.equal(createHash('sha256').update(bytes).digest('hex'), s.population_sha256);
    // What an auditor does with the package: the population list alone re-derives hash and sample.
    const population = JSON.parse(bytes.toString('utf8')) as Unit[];
    assert.equal(population.length, s.population_size);
    assert.equal(populationHash(population), s.population_sha256);
    const redrawn = reDrawSample(s, population);
    assert.deepEqual(
      redrawn.items.map((u) => [u.label, u.status, u.evidence]),
      s.items.map((u) => [u.label, u.status, u.evidence]),
    );
    const verified = await verifyWorkspace(dir);
    assert.equal(verified.ok, true, JSON.stringify(verified.problems));
  });

  it('prints the items as a table on a terminal', async () => {
    const r = await runCli(['sample', '-C', dir, '--control', 'vuln-scan']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Sample of vuln-scan, 2026-01-01 to 2026-12-31: 5 of 52 \(stratified\)/);
    assert.match(r.stdout, /^label +start +end +status +reason$/m);
    assert.equal(
      r.stdout.match(/^2026-W\d\d +2026-\d\d-\d\d +20\d\d-\d\d-\d\d +(met|missing|failed)/gm)?.length,
      5,
    );
  });

  it('samples another period when given one', async () => {
    const s = await sample('--period', '2026-03-01..2026-05-31');
    assert.deepEqual([s.population_size, s.sample_size, s.seed], [13, 5, '2026-03-01..2026-05-31']);
  });

  it('rejects an unknown control with exit 2 and names it', async () => {
    const r = await runCli(['sample', '-C', dir, '--control', 'no-such-control']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no control "no-such-control" in this programme/);
    const j = await runCli(['sample', '-C', dir, '--control', 'no-such-control', '--json']);
    assert.equal(j.code, 2);
    assert.equal(JSON.parse(j.stderr).error.code, 'not_found');
    assert.equal(j.stdout, '');
  });

  it('rejects a disabled control as not applicable, and a missing --control, with exit 2', async () => {
    writeFileSync(
      join(dir, 'controls', 'pentest.yaml'),
      'id: pentest\nenabled: false\njustification: Replaced this year by a continuous bug-bounty programme.\n',
    );
    const r = await runCli(['sample', '-C', dir, '--control', 'pentest']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /control pentest is not applicable/);
    assert.equal((await runCli(['sample', '-C', dir])).code, 2);
  });

  it('moves one size up for a control with prior exceptions', async () => {
    writeFileSync(join(dir, 'controls', 'vuln-scan.yaml'), 'id: vuln-scan\nprior_exceptions: true\n');
    const s = await sampleHere();
    assert.deepEqual([s.population_size, s.sample_size], [52, 8]);
  });
});
