import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { type WorkloadStats, writeCompanyWorkload } from '../../bench/company-workload.ts';
import { runCli } from '../run-cli.ts';
import { cachedFixture } from './fixture-cache.ts';
import { sharedFixture } from './shared-fixtures.ts';

export const REPORT_PERIOD = { start: '2026-01-01', end: '2026-12-31' } as const;
export const VULN_SCAN_RESPONSE =
  'The scanner host was being rebuilt in the missed week; a second scanner now runs when the first fails.';

const git = (dir: string, args: string[], date: string) =>
  execFileSync('git', ['-C', dir, ...args], {
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Security Lead',
      GIT_AUTHOR_EMAIL: 'security@example.com',
      GIT_COMMITTER_NAME: 'Security Lead',
      GIT_COMMITTER_EMAIL: 'security@example.com',
      GIT_AUTHOR_DATE: `${date}T10:00:00Z`,
      GIT_COMMITTER_DATE: `${date}T10:00:00Z`,
    },
    stdio: 'pipe',
  });

/**
 * A realistic programme for report tests: `evident init` in a git repository (two commits in the
 * period, for DC9), a year of the company workload for `people` staff (with its planted problems: a
 * missed scan week, a late access review, an incident without a postmortem, an expired certificate …),
 * a real Trivy report imported with its raw file as an artifact, and a management response to the
 * vulnerability-scan exception. Built in `root`, once per test run and copied for each caller
 * (support/fixture-cache.ts): building it takes tens of seconds.
 */
export async function reportProgramme(
  root: string,
  people = 6,
): Promise<{ dir: string; stats: WorkloadStats }> {
  const stats = await cachedFixture(`report-programme-${people}`, root, (into) =>
    buildReportProgramme(into, people),
  );
  return { dir: join(root, 'programme'), stats };
}

async function buildReportProgramme(root: string, people: number): Promise<WorkloadStats> {
  const dir = join(root, 'programme');
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main'], REPORT_PERIOD.start);
  const init = await runCli([
    'init',
    '-C',
    dir,
    '--yes',
    '--org',
    'Example Cloud Ltd',
    '--period',
    `${REPORT_PERIOD.start}..${REPORT_PERIOD.end}`,
  ]);
  assert.equal(init.code, 0, init.stderr);
  git(dir, ['add', '-A'], '2026-01-05');
  git(dir, ['commit', '-q', '-m', 'Start the SOC 2 programme'], '2026-01-05');
  appendFileSync(
    join(dir, 'evident.yaml'),
    `\nmanagement_responses:\n  vuln-scan: ${JSON.stringify(VULN_SCAN_RESPONSE)}\n`,
  );
  git(dir, ['commit', '-q', '-am', 'Add a second vulnerability scanner'], '2026-06-15');

  const file = join(root, 'evidence.jsonl');
  const stats = await writeCompanyWorkload(file, { people, period: { ...REPORT_PERIOD } });
  const imported = await runCli(['import', '-C', dir, file, '--json']);
  assert.equal(imported.code, 0, imported.stderr);
  // This report carries no scan time of its own, so its file time (set inside the period) is used.
  const report = join(root, 'trivy-alpine-3.10.sarif');
  copyFileSync(sharedFixture('real', 'trivy-alpine-3.10.sarif'), report);
  const scanned = new Date('2026-05-04T03:00:00Z');
  utimesSync(report, scanned, scanned);
  const sarif = await runCli(['import', '-C', dir, report, '--json']);
  assert.equal(sarif.code, 0, sarif.stderr);
  return stats;
}
