import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type CliResult, json, runCli } from './run-cli.ts';

const root = mkdtempSync(join(tmpdir(), 'evident-demo-cli-'));
after(() => rmSync(root, { recursive: true, force: true }));

type Problem = { control: string; shows: 'exception' | 'retroactive'; what: string; match?: string };
type Demo = {
  dir: string;
  organisation: string;
  period: { start: string; end: string };
  records: number;
  admin_token?: string;
  planted: Problem[];
};
type Control = {
  id: string;
  status: string;
  exceptions: { slot: string; reason: string }[];
  details: { retroactive?: { count: number } };
};

const DAY_MS = 86_400_000;

describe('evident demo', () => {
  const dir = join(root, 'demo');
  let demo: Demo;
  let controls: Map<string, Control>;
  let firstRunMs: number;
  let verify: CliResult;
  const today = new Date();
  before(async () => {
    const started = Date.now();
    // The smallest company the generator makes (5 people) keeps the test quick; the demo default is 20.
    const made = await runCli(['demo', '-C', dir, '--no-serve', '--people', '5', '--json']);
    firstRunMs = Date.now() - started;
    assert.equal(made.code, 0, made.stderr);
    demo = json<Demo>(made);
    const [evaluated, verified] = await Promise.all([
      runCli(['evaluate', '-C', dir, '--json']),
      runCli(['verify', '-C', dir, '--json']),
    ]);
    // Exit 1: the planted problems leave some controls not effective.
    assert.equal(evaluated.code, 1, evaluated.stderr);
    controls = new Map(json<{ controls: Control[] }>(evaluated).controls.map((c) => [c.id, c]));
    verify = verified;
  });

  it('prints only JSON: a fictional company over the twelve months before this one, and the admin token', () => {
    assert.deepEqual(Object.keys(demo).sort(), [
      'admin_token',
      'dir',
      'organisation',
      'period',
      'planted',
      'records',
    ]);
    assert.equal(demo.dir, dir);
    const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
    const start = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), 1));
    assert.deepEqual(demo.period, {
      start: start.toISOString().slice(0, 10),
      end: end.toISOString().slice(0, 10),
    });
    // About 2,150 records a person a year.
    assert.ok(demo.records > 8_000 && demo.records < 16_000, `${demo.records} records`);
    assert.match(demo.admin_token ?? '', /\S{20,}/);
    assert.match(readFileSync(join(dir, 'evident.yaml'), 'utf8'), new RegExp(`name: ${demo.organisation}`));
  });

  it('plants the problems an auditor would find, and evaluate reports each as an exception', () => {
    const exception = (control: string, pattern: RegExp) => {
      const c = controls.get(control);
      assert.ok(c, control);
      const found = c.exceptions.find((x) => pattern.test(`${x.slot}: ${x.reason}`));
      assert.ok(found, `${control}: no exception matching ${pattern} in ${JSON.stringify(c.exceptions)}`);
      return found;
    };
    // A missed weekly scan, a late monthly access review, an incident without a postmortem.
    assert.match(exception('vuln-scan', /^\d{4}-W\d{2}: missing$/).slot, /W/);
    exception('access-review', /^\d{4}-\d{2}: failed: not reviewed: aws/);
    exception('incident-response', /postmortem/);
    // An expired certificate for one week: seven consecutive daily exceptions.
    const expired =
      controls.get('encryption-in-transit')?.exceptions.filter((x) => /expired/.test(x.reason)) ?? [];
    assert.equal(expired.length, 7);
    const [first, last] = [expired[0]?.slot ?? '', expired[6]?.slot ?? ''];
    assert.equal((Date.parse(last) - Date.parse(first)) / DAY_MS, 6);
    // A vendor in the register that nobody ever assessed.
    exception('vendor-risk', /never assessed: Wrenfield Mail/);

    for (const control of [
      'vuln-scan',
      'access-review',
      'incident-response',
      'encryption-in-transit',
      'vendor-risk',
    ])
      assert.ok(
        demo.planted.some((p) => p.control === control && p.shows === 'exception'),
        control,
      );
    for (const p of demo.planted.filter((x) => x.shows === 'exception')) {
      const c = controls.get(p.control);
      assert.ok(c?.exceptions.length, `${p.control}: ${p.what}`);
      if (p.match)
        assert.ok(
          c.exceptions.some((x) => x.slot.includes(p.match ?? '') || x.reason.includes(p.match ?? '')),
          `${p.control}: no exception names ${p.match}`,
        );
    }
  });

  it('collects evidence as it happened: only the few records filed late on purpose are retroactive', () => {
    const late = new Set(demo.planted.filter((p) => p.shows === 'retroactive').map((p) => p.control));
    assert.ok(late.size >= 2);
    for (const c of controls.values()) {
      const count = c.details.retroactive?.count ?? 0;
      if (late.has(c.id)) assert.ok(count >= 1 && count <= 2, `${c.id}: ${count} retroactive`);
      else assert.equal(count, 0, `${c.id}: ${count} retroactive`);
    }
  });

  it('keeps the programme in git, its changes committed inside the period', () => {
    const log = execFileSync('git', ['-C', dir, 'log', '--format=%cs %s'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    assert.ok(log.length >= 3, log.join('\n'));
    for (const line of log)
      assert.ok(line >= demo.period.start && line.slice(0, 10) <= demo.period.end, line);
  });

  let verified: { ok: boolean; records: number; size: number; root: string };
  it('stores a ledger that verify re-derives from scratch', () => {
    assert.equal(verify.code, 0, verify.stderr);
    verified = json(verify);
    assert.equal(verified.ok, true);
    assert.equal(verified.records, demo.records);
  });

  it('reuses the demo on a second run, quickly and without changing it', async () => {
    const started = Date.now();
    const again = await runCli(['demo', '-C', dir, '--no-serve', '--json']);
    const ms = Date.now() - started;
    assert.equal(again.code, 0, again.stderr);
    const { admin_token, ...made } = demo;
    assert.deepEqual(json(again), made);
    assert.ok(admin_token && !again.stdout.includes(admin_token), 'the admin token is shown once only');
    // Reusing costs about what any command that opens the programme costs; making it costs far more.
    const opened = Date.now();
    const head = json(await runCli(['ledger', 'root', '-C', dir, '--json']));
    const openMs = Date.now() - opened;
    assert.ok(
      ms < openMs * 1.5 + 3000,
      `second run ${ms} ms, ledger root ${openMs} ms, first run ${firstRunMs} ms`,
    );
    assert.deepEqual(head, { size: verified.size, root: verified.root });
  });

  it('refuses a programme folder that is not a demo, and leaves it as it was', async () => {
    const programme = join(root, 'programme');
    mkdirSync(programme);
    const init = await runCli(['init', '-C', programme, '--yes', '--json']);
    assert.equal(init.code, 0, init.stderr);
    const yaml = readFileSync(join(programme, 'evident.yaml'), 'utf8');
    const refused = await runCli(['demo', '-C', programme, '--no-serve']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /not an Evident demo/);
    assert.equal(refused.stdout, '');
    assert.equal(readFileSync(join(programme, 'evident.yaml'), 'utf8'), yaml);
  });
});
