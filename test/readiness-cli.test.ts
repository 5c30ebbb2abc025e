import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { runCli } from './run-cli.ts';
import { setUpProgramme } from './support/set-up-programme.ts';

type Json = Record<string, unknown>;

describe('evident readiness', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evident-readiness-'));
  before(async () => {
    const lines: string[] = [];
    // Weekly scans from 2026-01-05 to 2026-06-29, except the week of 2026-03-16.
    for (let d = Date.UTC(2026, 0, 6); d < Date.UTC(2026, 6, 1); d += 7 * 86_400_000) {
      const day = new Date(d).toISOString().slice(0, 10);
      if (day === '2026-03-17') continue;
      lines.push(
        JSON.stringify({
          type: 'vulnerability_scan',
          source: 'trivy',
          subject: 'prod',
          observed_at: `${day}T02:00:00Z`,
          data: { scanner: 'trivy', targets: ['api'], findings: [] },
        }),
      );
    }
    lines.push(
      JSON.stringify({
        type: 'change',
        source: 'git',
        subject: 'api',
        observed_at: '2026-05-05T10:00:00Z',
        data: {
          id: 'PR-9',
          title: 't',
          author: 'ana',
          merged_at: '2026-05-05T10:00:00Z',
          approvers: ['ana'],
          ci_passed: true,
          emergency: false,
        },
      }),
    );
    writeFileSync(join(dir, 'evidence.jsonl'), `${lines.join('\n')}\n`);
    await setUpProgramme(dir, { files: [join(dir, 'evidence.jsonl')] });
  });

  it('finds gaps, failing controls and common findings, orders tasks by impact, and exits 1', async () => {
    const r = await runCli(['readiness', '-C', dir, '--as-of', '2026-07-01', '--json']);
    assert.equal(r.code, 1, r.stderr);
    const x = JSON.parse(r.stdout) as Json & {
      failing_controls: Json[];
      controls_without_evidence: Json[];
      common_findings: Json[];
      tasks: Json[];
      score: { overall: number; by_category: Json };
      earliest_type2_start: Json;
    };
    assert.deepEqual(x.window, { start: '2025-07-02', end: '2026-07-01' });
    // Scans only began in January: the weeks before are missing, and so is 2026-W12.
    const scans = x.failing_controls.find((c) => c.id === 'vuln-scan') as Json & { latest: Json[] };
    assert.equal(scans.status, 'not_effective');
    assert.equal(scans.latest.at(-1)?.slot, '2026-W12');
    assert.ok(x.controls_without_evidence.some((c) => c.id === 'access-review'));
    const changes = x.failing_controls.find((c) => c.id === 'change-approval') as Json;
    assert.equal(changes.status, 'not_effective');
    assert.ok(x.common_findings.some((f) => f.title === 'No formal change approval'));
    const impacts = x.tasks.map((t) => t.impact);
    const order = ['critical', 'high', 'medium', 'low'];
    assert.deepEqual(
      [...impacts].sort((a, b) => order.indexOf(String(a)) - order.indexOf(String(b))),
      impacts,
    );
    assert.ok(x.score.overall >= 0 && x.score.overall <= 100);
    assert.equal(x.earliest_type2_start.date, null);
  });

  it('prints scores, findings with fixes and the task list on a terminal', async () => {
    const r = await runCli(['readiness', '-C', dir, '--as-of', '2026-07-01']);
    assert.match(r.stdout, /^Score: \d+\/100/m);
    assert.match(r.stdout, /No formal change approval .*\n {4}fix: /);
    assert.match(r.stdout, /^1 +(critical|high) /m);
  });
});
