import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { planProgramme } from '../src/app/plan-programme.ts';
import { json, runCli } from './run-cli.ts';
import { setUpProgramme } from './support/set-up-programme.ts';

type PlanJson = {
  report: { type: string; period?: { start: string; end: string }; as_of?: string };
  start: string;
  end: string;
  phases: {
    id: string;
    title: string;
    months: { from: number; to: number };
    start: string;
    end: string;
    tasks: { title: string; command?: string }[];
  }[];
  audit_weeks: { week: number; start: string; end: string; step: string; title: string }[];
};

const root = mkdtempSync(join(tmpdir(), 'evident-plan-'));
after(() => rmSync(root, { recursive: true, force: true }));

const dates = (p: PlanJson) => p.phases.map((ph) => [ph.id, ph.start, ph.end]);

describe('evident plan', () => {
  const dir = join(root, 'acme');
  before(async () => {
    await setUpProgramme(dir, { period: '2026-01-01..2026-06-30' });
  });

  it('plans a Type II audit with an observation period as long as the programme’s', async () => {
    const r = await runCli(['plan', '-C', dir, '--start', '2027-01-01', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const p = json<PlanJson>(r);
    assert.deepEqual(Object.keys(p), ['report', 'start', 'end', 'phases', 'audit_weeks']);
    // report.period in evident.yaml covers 6 months: evidence is months 4–9, the audit months 9–11.
    assert.deepEqual(p.report, { type: 'II', period: { start: '2027-04-01', end: '2027-09-30' } });
    assert.deepEqual(dates(p), [
      ['scope', '2027-01-01', '2027-02-28'],
      ['readiness', '2027-02-01', '2027-04-30'],
      ['evidence', '2027-04-01', '2027-09-30'],
      ['audit', '2027-09-01', '2027-11-30'],
    ]);
    assert.deepEqual([p.start, p.end], ['2027-01-01', '2027-11-30']);
    assert.ok(p.phases.every((ph) => ph.tasks.length > 0 && ph.tasks.every((t) => t.title)));
    assert.equal(p.audit_weeks.length, 12);
    assert.deepEqual(p.audit_weeks[0], {
      week: 1,
      start: '2027-09-01',
      end: '2027-09-07',
      step: 'opening_meeting',
      title: 'Opening meeting: confirm scope, period, request list and dates',
    });
    assert.equal(p.audit_weeks[11]?.step, 'report_shared');
  });

  it('prints the phases with dates and tasks, then the audit weeks', async () => {
    const r = await runCli(['plan', '-C', dir, '--start', '2027-01-01']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^SOC 2 Type II plan, 2027-01-01 to 2027-11-30: observation period 2027-04-01 to 2027-09-30$/m,
    );
    assert.match(r.stdout, /^Readiness {2}months 2–4 {2}2027-02-01 to 2027-04-30\n {2}- /m);
    assert.match(r.stdout, /\(evident readiness\)/);
    assert.match(r.stdout, /^Audit weeks\n/m);
    assert.match(r.stdout, /^ {2}12 +2027-11-17 +2027-11-23 +Report shared with customers$/m);
  });

  it('defaults the start to today (UTC)', async () => {
    const p = json<PlanJson>(await runCli(['plan', '-C', dir, '--json']));
    const today = new Date().toISOString().slice(0, 10);
    // Running across midnight UTC is the one way these can differ.
    assert.ok([today, new Date(Date.now() - 60_000).toISOString().slice(0, 10)].includes(p.start));
  });

  it('rejects a bad --start with exit 2', async () => {
    for (const start of ['2027-02-30', 'next monday']) {
      const r = await runCli(['plan', '-C', dir, '--start', start]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--start: expected a date YYYY-MM-DD/);
    }
  });

  it('gives the shorter plan for a Type I programme', async () => {
    // The Type II plan of the first test, from the use case `evident plan --json` prints.
    const { warnings: _warnings, ...typeII } = planProgramme(dir, { start: '2027-01-01' });
    const yaml = join(dir, 'evident.yaml');
    const text = readFileSync(yaml, 'utf8');
    const typeI = text.replace(
      /^report:\n {2}type: II\n {2}period:\n(?: {4}.*\n)+/m,
      'report:\n  type: I\n  as_of: 2026-06-30\n',
    );
    assert.notEqual(typeI, text, 'the report block was replaced');
    writeFileSync(yaml, typeI);
    const r = await runCli(['plan', '-C', dir, '--start', '2027-01-01', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const p = json<PlanJson>(r);
    assert.deepEqual(p.report, { type: 'I', as_of: '2027-05-01' });
    assert.deepEqual(dates(p), [
      ['scope', '2027-01-01', '2027-02-28'],
      ['readiness', '2027-02-01', '2027-04-30'],
      ['audit', '2027-05-01', '2027-06-30'],
    ]);
    assert.equal(p.end, '2027-06-30');
    assert.ok(p.end < typeII.end, 'the Type I plan ends before the Type II plan');
    assert.equal(p.audit_weeks.length, 8);
    const text2 = (await runCli(['plan', '-C', dir, '--start', '2027-01-01'])).stdout;
    assert.match(text2, /^SOC 2 Type I plan, 2027-01-01 to 2027-06-30: as of 2027-05-01$/m);
  });
});
