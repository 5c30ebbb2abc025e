import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type WorkloadStats, writeCompanyWorkload } from '../bench/company-workload.ts';
import { validateDraft } from '../src/core/evidence/envelope.ts';
import { EVIDENCE_TYPES } from '../src/core/evidence-type.ts';

const root = mkdtempSync(join(tmpdir(), 'evident-workload-'));
after(() => rmSync(root, { recursive: true, force: true }));

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the company workload generator (bench/company-workload.ts)', () => {
  const file = join(root, 'a.jsonl');
  let stats: WorkloadStats;
  before(async () => {
    stats = await writeCompanyWorkload(file, { people: 6 });
  });

  it('writes only lines that pass validateDraft, every type of evidence among them', () => {
    const lines = readFileSync(file, 'utf8').split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, stats.records);
    const types = new Set<string>();
    for (const [n, line] of lines.entries()) {
      const result = validateDraft(JSON.parse(line));
      assert.equal(result.problems, undefined, `line ${n + 1}: ${JSON.stringify(result.problems)}`);
      types.add(result.draft?.type ?? '');
    }
    assert.deepEqual([...types].sort(), [...EVIDENCE_TYPES].sort());
    assert.equal(
      Object.values(stats.types).reduce((a, b) => a + b, 0),
      stats.records,
    );
  });

  it('writes 52 weekly scans of 50 findings a person (one week missed, one scan before the period)', () => {
    assert.equal(stats.types.vulnerability_scan, 52);
    assert.equal(stats.findingsPerScan, 300);
    const scans = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{"type":"vulnerability_scan"'))
      .map((l) => JSON.parse(l) as { observed_at: string; data: { findings: unknown[] } });
    assert.ok(scans.every((s) => s.data.findings.length === 300));
    assert.equal(scans.filter((s) => s.observed_at < '2026-01-01').length, 1);
  });

  it('lists the planted problems', () => {
    assert.deepEqual(
      stats.planted.map((p) => p.control),
      [
        'vuln-scan',
        'access-review',
        'incident-response',
        'offboarding',
        'encryption-in-transit',
        'encryption-at-rest',
        'vuln-remediation',
        'change-approval',
      ],
    );
  });

  it('is deterministic for a seed, and another seed gives another workload', async () => {
    const again = join(root, 'b.jsonl');
    const other = join(root, 'c.jsonl');
    assert.deepEqual(await writeCompanyWorkload(again, { people: 6 }), stats);
    await writeCompanyWorkload(other, { people: 6, seed: 7 });
    assert.equal(sha256(again), sha256(file));
    assert.notEqual(sha256(other), sha256(file));
  });
});
