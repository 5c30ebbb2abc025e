import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { importFiles } from '../src/app/import-files.ts';
import { runCli } from './run-cli.ts';
import { setUpProgramme } from './support/set-up-programme.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('evident evidence-report and evidence-log', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evident-evreport-'));
  before(async () => {
    await setUpProgramme(dir);
    const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
    write(
      'reviews.csv',
      [
        'system,reviewer,completed_at,user,access,decision,remediated_at',
        `aws,Ana,${day(-40)}T10:00:00Z,bo,admin,revoke,${day(-39)}T10:00:00Z`,
        `aws,Ana,${day(-5)}T10:00:00Z,bo,admin,keep,`,
        `aws,Ana,${day(-5)}T10:00:00Z,cy,admin,revoke,${day(-4)}T10:00:00Z`,
        `aws,Ana,${day(-5)}T10:00:00Z,di,dev,modify,`,
      ].join('\n'),
    );
    write(
      'incidents.csv',
      [
        'id,title,severity,opened_at,resolved_at,resolution,postmortem',
        `INC-1,Outage,high,${day(-20)}T08:00:00Z,${day(-20)}T12:00:00Z,rolled back,PM-1`,
        `INC-2,Phish,medium,${day(-10)}T08:00:00Z,${day(-10)}T10:00:00Z,blocked,`,
        `INC-3,Slow,low,${day(-2)}T08:00:00Z,,,`,
        `INC-0,Old,low,${day(-200)}T08:00:00Z,${day(-199)}T08:00:00Z,fixed,`,
      ].join('\n'),
    );
    write(
      'people.csv',
      [
        'person,email,start_date,end_date,as_of',
        `Ana,ana@x.io,2020-01-01,,${day(-1)}T00:00:00Z`,
        `Bo,bo@x.io,2020-01-01,,${day(-1)}T00:00:00Z`,
        `Cy,cy@x.io,2020-01-01,${day(-30)},${day(-1)}T00:00:00Z`,
      ].join('\n'),
    );
    write(
      'training.csv',
      ['person,course,completed_at,email', `Ana,Security 101,${day(-100)}T09:00:00Z,ana@x.io`].join('\n'),
    );
    // Setting up, not under test here (test/import-exports-cli.test.ts runs `evident import --format`
    // through the CLI): the use case the command calls, in this process.
    for (const [file, format] of [
      ['reviews.csv', 'csv:access_review'],
      ['incidents.csv', 'csv:incident'],
      ['people.csv', 'csv:personnel'],
      ['training.csv', 'csv:training_record'],
    ] as const) {
      const [imported] = await importFiles(dir, [join(dir, file)], { format });
      assert.ok(imported && imported.stored > 0, `${file}: ${JSON.stringify(imported)}`);
    }
  });

  it('computes the weekly report from stored evidence, with exactly the agreed keys', async () => {
    const out = join(dir, 'evidence-report.json');
    const r = await runCli(['evidence-report', '-C', dir, '--json', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    assert.deepEqual(Object.keys(report), [
      'collected_at',
      'access_reviews',
      'vulnerability_scans',
      'incident_log',
      'security_training',
    ]);
    const { evidence_file: reviewFile, ...reviews } = report.access_reviews as Record<string, unknown>;
    assert.deepEqual(reviews, {
      last_review: `${day(-5)}T10:00:00Z`,
      status: 'current',
      findings: 2,
      remediated: 1,
    });
    assert.match(String(reviewFile), /^[0-9a-f]{64} \(reviews\.csv\)$/);
    assert.deepEqual(
      { ...report.vulnerability_scans },
      { last_scan: null, critical: 0, high: 0, medium: 0, low: 0, evidence_file: null },
    );
    const { evidence_file: _i, ...incidents } = report.incident_log as Record<string, unknown>;
    assert.deepEqual(incidents, { total_incidents: 3, resolved: 2, mean_time_to_resolve: 3 });
    const { evidence_file: _t, ...training } = report.security_training as Record<string, unknown>;
    assert.deepEqual(training, { completion_rate: 0.5, employees_trained: 1 });
    assert.deepEqual(JSON.parse((await import('node:fs')).readFileSync(out, 'utf8')), report);
  });

  it('lists the evidence log per category as YAML, with what is current', async () => {
    const r = await runCli(['evidence-log', '-C', dir]);
    assert.equal(r.code, 0, r.stderr);
    const log = parse(r.stdout) as {
      categories: Record<string, { items: { item: string; current: boolean; sources: string[] }[] }>;
    };
    assert.deepEqual(Object.keys(log.categories), ['security', 'availability', 'confidentiality']);
    const reviews = log.categories.security?.items.find((i) => i.item === 'access reviews');
    assert.deepEqual([reviews?.current, reviews?.sources], [true, ['csv:access_review']]);
    const scans = log.categories.security?.items.find((i) => i.item === 'vulnerability scans');
    assert.equal(scans?.current, false);
    const json = JSON.parse((await runCli(['evidence-log', '-C', dir, '--json'])).stdout) as typeof log;
    assert.deepEqual(json.categories, log.categories);
  });
});
