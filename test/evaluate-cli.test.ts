import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { runCli } from './run-cli.ts';
import { setUpProgramme } from './support/set-up-programme.ts';

type Json = Record<string, unknown>;
const line = (type: string, observed: string, data: Json) =>
  JSON.stringify({ type, source: 'test', subject: 'prod', observed_at: observed, data });

const scan = (day: string, findings: Json[] = []) =>
  line('vulnerability_scan', `${day}T02:00:00Z`, { scanner: 'trivy', targets: ['api'], findings });
const change = (day: string, id: string, approvers: string[]) =>
  line('change', `${day}T10:00:00Z`, {
    id,
    title: id,
    author: 'ana',
    merged_at: `${day}T10:00:00Z`,
    approvers,
    ci_passed: true,
    emergency: false,
  });

describe('evident evaluate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evident-evaluate-'));
  const period = '2026-03-01..2026-03-31';
  before(async () => {
    const critical = { id: 'CVE-2026-0001', severity: 'critical', target: 'api' };
    const lines = [
      scan('2026-03-03', [critical]),
      scan('2026-03-10', [critical]),
      // W12 (03-16..03-22) has no scan.
      scan('2026-03-24', [critical]),
      scan('2026-03-31', [critical]),
      change('2026-03-05', 'PR-1', ['bo']),
      change('2026-03-06', 'PR-2', []),
    ];
    writeFileSync(join(dir, 'evidence.jsonl'), `${lines.join('\n')}\n`);
    await setUpProgramme(dir, { files: [join(dir, 'evidence.jsonl')] });
  });

  it('prints the --json contract: every slot or item judged, exceptions named, exit 1 when a control fails', async () => {
    const r = await runCli(['evaluate', '-C', dir, '--period', period, '--json']);
    assert.equal(r.code, 1, r.stderr);
    const e = JSON.parse(r.stdout) as {
      period: Json;
      type: string;
      controls: (Json & { exceptions: Json[] })[];
      criteria: Json[];
      summary: Json;
    };
    assert.deepEqual(e.period, { start: '2026-03-01', end: '2026-03-31' });
    assert.equal(e.type, 'II');
    const byId = new Map(e.controls.map((c) => [c.id, c]));
    const scans = byId.get('vuln-scan') as Json & { exceptions: Json[] };
    assert.deepEqual(
      [scans.status, scans.expected, scans.met, scans.exceptions.map((x) => [x.slot, x.reason])],
      ['not_effective', 5, 4, [['2026-W12', 'missing']]],
    );
    assert.deepEqual(Object.keys(scans).sort(), [
      'criteria',
      'details',
      'exceptions',
      'expected',
      'frequency',
      'id',
      'met',
      'status',
      'test',
      'title',
    ]);
    const changes = byId.get('change-approval') as Json & { exceptions: Json[] };
    assert.equal(changes.expected, 2);
    assert.match(String(changes.exceptions[0]?.reason), /^failed: PR-2: merged without approval$/);
    const fixes = byId.get('vuln-remediation') as Json & { exceptions: Json[]; details: Json };
    assert.deepEqual(
      fixes.exceptions.map((x) => [x.slot, x.reason]),
      [['CVE-2026-0001@api', 'failed: still open after 28 days, SLA 15']],
    );
    // Evidence imported today for March is retroactive, and says so.
    assert.equal(((scans.details as Json).retroactive as Json).count, 4);
    const cc71 = e.criteria.find((c) => c.id === 'CC7.1') as Json;
    assert.equal(cc71.status, 'at_risk');
    assert.ok((cc71.controls as string[]).includes('vuln-scan'));
    assert.equal((e.summary.controls as Json).not_effective, 3);
  });

  it('gives a Type I view at a date', async () => {
    const r = await runCli(['evaluate', '-C', dir, '--as-of', '2026-03-31', '--json']);
    const e = JSON.parse(r.stdout) as { type: string; as_of: string; controls: Json[] };
    assert.equal(e.type, 'I');
    assert.equal(e.as_of, '2026-03-31');
    const scans = e.controls.find((c) => c.id === 'vuln-scan') as Json;
    assert.deepEqual([scans.status, scans.expected, scans.met], ['effective', 1, 1]);
  });

  it('prints a table per criterion with the exceptions on a terminal', async () => {
    const r = await runCli(['evaluate', '-C', dir, '--period', period]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^CC7\.1 {2}AT_RISK/m);
    assert.match(r.stdout, /vuln-scan \(not_effective, 1 of 5\)\n {4}2026-W12: missing/);
  });

  it('rejects a bad period with exit 2', async () => {
    const r = await runCli(['evaluate', '-C', dir, '--period', '2026-03-31..2026-03-01', '--json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /before/);
  });
});
