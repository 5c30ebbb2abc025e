import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { json, runCli } from './run-cli.ts';

type CoverageJson = {
  framework: string;
  total: number;
  covered: number;
  gaps: string[];
  not_relevant: number;
  rows: { id: string; title: string; group: string; status: string; controls: string[] }[];
};

const root = mkdtempSync(join(tmpdir(), 'evident-cli-'));
after(() => rmSync(root, { recursive: true, force: true }));

describe('evident init + coverage on the default library', () => {
  const dir = join(root, 'acme');
  before(async () => {
    const r = await runCli([
      'init',
      '-C',
      dir,
      '--yes',
      '--org',
      'Acme: Cloud',
      '--period',
      '2026-01-01..2026-12-31',
    ]);
    assert.equal(r.code, 0, r.stderr);
  });

  it('scaffolds evident.yaml, controls/ and policies/', () => {
    for (const f of ['evident.yaml', 'controls/README.md', 'policies/information-security.md']) {
      assert.ok(existsSync(join(dir, f)), f);
    }
  });

  it('shows full SOC 2 coverage of the criteria in scope and exits 0', async () => {
    const r = await runCli(['coverage', '-C', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /38 of 38 criteria in scope have supporting controls/);
    const c = json<CoverageJson>(await runCli(['coverage', '-C', dir, '--json']));
    assert.equal(c.framework, 'soc2');
    assert.deepEqual(c.gaps, []);
    assert.deepEqual(
      [...new Set(c.rows.map((r) => r.group))],
      ['security', 'availability', 'confidentiality'],
    );
    assert.ok(c.rows.every((r) => r.status === 'covered' && r.controls.length > 0));
  });

  it('lists ISO/IEC 27001:2022 gaps honestly and exits 1', async () => {
    const r = await runCli(['coverage', '-C', dir, '--framework', 'iso27001']);
    assert.equal(r.code, 1);
    const c = json<CoverageJson>(await runCli(['coverage', '-C', dir, '--framework', 'iso27001', '--json']));
    assert.equal(c.total, 93);
    assert.ok(c.gaps.length > 0 && c.covered === 93 - c.gaps.length);
    assert.match(r.stdout, new RegExp(`Gaps \\(each needs supporting controls\\): ${c.gaps.join(', ')}`));
    for (const gap of c.gaps) assert.deepEqual(c.rows.find((row) => row.id === gap)?.controls, []);
  });

  it('turns a criterion into a gap, and exits 1, when its only control is disabled', async () => {
    const c = json<CoverageJson>(await runCli(['coverage', '-C', dir, '--json']));
    const lonely = c.rows.find((r) => r.controls.length === 1);
    assert.ok(lonely, 'some criterion rests on one control');
    const control = lonely.controls[0];
    writeFileSync(
      join(dir, 'controls', `${control}.yaml`),
      `id: ${control}\nenabled: false\njustification: Not operated this year, see the risk register entry R-12.\n`,
    );
    try {
      const r = await runCli(['coverage', '-C', dir, '--json']);
      assert.equal(r.code, 1);
      assert.ok(json<CoverageJson>(r).gaps.includes(lonely.id));
      const controls = json<{ controls: { id: string; scope: string }[] }>(
        await runCli(['controls', '-C', dir, '--json']),
      );
      assert.equal(controls.controls.find((x) => x.id === control)?.scope, 'not_applicable');
    } finally {
      rmSync(join(dir, 'controls', `${control}.yaml`));
    }
  });

  it('refuses to overwrite an existing programme (exit 2)', async () => {
    const r = await runCli(['init', '-C', dir, '--yes']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /already exists/);
  });
});

describe('evident init options', () => {
  it('asks for --yes when there is no terminal to ask on', async () => {
    const r = await runCli(['init', '-C', join(root, 'quiet')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /pass --yes/);
    assert.ok(!existsSync(join(root, 'quiet', 'evident.yaml')));
  });

  it('scopes the chosen categories, always with security', async () => {
    const dir = join(root, 'all');
    const init = await runCli([
      'init',
      '-C',
      dir,
      '--yes',
      '--categories',
      'privacy,processing-integrity',
      '--json',
    ]);
    assert.equal(init.code, 0, init.stderr);
    assert.ok(json<{ files: string[] }>(init).files.includes('evident.yaml'));
    const c = json<CoverageJson>(await runCli(['coverage', '-C', dir, '--json']));
    assert.equal(c.total, 33 + 5 + 18);
    assert.deepEqual(c.gaps, []);
  });

  it('rejects an unknown category or a malformed period (exit 2)', async () => {
    assert.equal((await runCli(['init', '-C', join(root, 'x'), '--yes', '--categories', 'secrecy'])).code, 2);
    const r = await runCli(['init', '-C', join(root, 'y'), '--yes', '--period', '2026-01-01-2026-06-30']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /START\.\.END/);
  });
});

describe('evident criteria and controls', () => {
  it('lists all 61 criteria without a programme, and 18 privacy criteria with --category', async () => {
    const all = json<{ criteria: { id: string; in_scope?: boolean }[]; programme: boolean }>(
      await runCli(['criteria', '-C', root, '--json']),
    );
    assert.equal(all.criteria.length, 61);
    assert.equal(all.programme, false);
    assert.ok(all.criteria.every((c) => c.in_scope === undefined));
    const privacy = json<{ criteria: unknown[] }>(
      await runCli(['criteria', '-C', root, '--category', 'privacy', '--json']),
    );
    assert.equal(privacy.criteria.length, 18);
  });

  it('marks criteria in and out of scope for a programme', async () => {
    const r = json<{ criteria: { id: string; in_scope: boolean; controls: string[] }[] }>(
      await runCli(['criteria', '-C', join(root, 'acme'), '--json']),
    );
    assert.equal(r.criteria.filter((c) => c.in_scope).length, 38);
    assert.ok(r.criteria.find((c) => c.id === 'CC6.2')?.controls.includes('access-review'));
  });

  it("lists the default library with each control's frequency, evidence and scope", async () => {
    const r = await runCli(['controls', '-C', join(root, 'acme')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^access-review\s+monthly\s+access_review\s+in_scope\s+CC6\.2 CC6\.3/m);
    const j = json<{ controls: { id: string; scope: string }[] }>(
      await runCli(['controls', '-C', join(root, 'acme'), '--json']),
    );
    assert.equal(j.controls.find((c) => c.id === 'privacy-notice')?.scope, 'out_of_scope');
  });
});

describe('errors on the command line', () => {
  it('a broken programme exits 2 naming file, line and column', async () => {
    const dir = join(root, 'broken');
    await runCli(['init', '-C', dir, '--yes']);
    writeFileSync(join(dir, 'controls', 'typo.yaml'), 'id: acces-review\n');
    const r = await runCli(['coverage', '-C', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /controls\/typo\.yaml:1:5: unknown control "acces-review"/);
    const j = await runCli(['coverage', '-C', dir, '--json']);
    assert.equal(j.code, 2);
    assert.equal(j.stdout, '');
    const error = JSON.parse(j.stderr) as {
      error: { code: string; problems: { file: string; line: number }[] };
    };
    assert.equal(error.error.code, 'bad_config');
    assert.deepEqual(
      error.error.problems.map((p) => [p.file, p.line]),
      [[join('controls', 'typo.yaml'), 1]],
    );
  });

  it('a folder without a programme, a bad option value or an unknown command exits 2', async () => {
    const r = await runCli(['coverage', '-C', join(root, 'nowhere')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /evident init/);
    assert.equal((await runCli(['coverage', '-C', join(root, 'acme'), '--framework', 'nist'])).code, 2);
    assert.equal((await runCli(['frobnicate'])).code, 2);
  });
});
