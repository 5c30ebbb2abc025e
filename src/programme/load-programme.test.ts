import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { EvidentError, formatProblem } from '../core/errors.ts';
import { loadProgramme } from './load-programme.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/acme/', import.meta.url));
const catalog = loadCatalog();
const root = mkdtempSync(join(tmpdir(), 'evident-programme-'));
after(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A copy of the fixture programme with `edits` applied: file → new text, or a function of the old. */
function programme(edits: Record<string, string | ((old: string) => string)> = {}): string {
  const dir = join(root, `p${n++}`);
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    writeFileSync(path, typeof edit === 'string' ? edit : edit(readFileSync(path, 'utf8')));
  }
  return dir;
}

/** Loads, expects a bad_config error, and returns its problems as `file:line:col: message`. */
function problems(dir: string): string[] {
  try {
    loadProgramme(dir, catalog);
  } catch (e) {
    assert.ok(e instanceof EvidentError, String(e));
    assert.equal(e.code, 'bad_config');
    return e.problems.map(formatProblem);
  }
  assert.fail('expected the programme to be rejected');
}

const replace = (from: string, to: string) => (old: string) => {
  assert.ok(old.includes(from), `fixture lacks ${from}`);
  return old.replace(from, to);
};

describe('loading a programme', () => {
  it('loads the fixture with overrides, a custom control, a disabled control and a policy', () => {
    const { programme: p, warnings } = loadProgramme(programme(), catalog);
    assert.deepEqual(warnings, []);
    assert.equal(p.organisation.name, 'Acme Analytics Ltd');
    assert.deepEqual(p.system.boundaries.infrastructure, [
      { name: 'Cloud compute' },
      { name: 'Managed PostgreSQL' },
    ]);
    assert.deepEqual(p.report, { type: 'II', period: { start: '2026-01-01', end: '2026-12-31' } });

    const review = p.controls.find((c) => c.id === 'access-review');
    assert.equal(review?.owner, 'IT manager');
    assert.equal(review?.grace_days, 3);
    assert.equal(review?.params.remediation_days, 7);
    assert.equal(review?.frequency, 'monthly', 'what the override does not name stays as in the library');
    assert.deepEqual(review?.overridden.sort(), ['grace_days', 'owner', 'params']);

    const custom = p.controls.find((c) => c.id === 'background-checks-engineering');
    assert.equal(custom?.origin, 'custom');
    assert.deepEqual(custom?.criteria, ['CC1.4']);
    assert.equal(custom?.tolerable_rate, 0.1, 'a custom control gets the defaults');

    const pentest = p.controls.find((c) => c.id === 'pentest');
    assert.equal(pentest?.enabled, false);
    assert.match(pentest?.justification ?? '', /bug-bounty/);

    assert.equal(p.controls.length, catalog.controls.length + 1);
    assert.deepEqual(
      p.policies.map((x) => [x.title, x.version, x.approved_at]),
      [['Information Security Policy', '2.1', '2026-01-15']],
    );
  });

  it('round-trips an override: what the file says is what the programme runs', () => {
    const dir = programme({
      'controls/vuln-scan.yaml':
        'id: vuln-scan\nfrequency: daily\nparams: { targets: [api, web] }\ntolerable_rate: 0.05\n',
    });
    const scan = loadProgramme(dir, catalog).programme.controls.find((c) => c.id === 'vuln-scan');
    const library = catalog.controls.find((c) => c.id === 'vuln-scan');
    assert.deepEqual(scan, {
      ...library,
      frequency: 'daily',
      params: { ...library?.params, targets: ['api', 'web'] },
      tolerable_rate: 0.05,
      origin: 'library',
      enabled: true,
      prior_exceptions: false,
      overridden: ['frequency', 'params', 'tolerable_rate'],
      override_file: join('controls', 'vuln-scan.yaml'),
    });
  });
});

describe('programme validation errors, each with its position', () => {
  it('Security is mandatory', () => {
    const found = problems(
      programme({ 'evident.yaml': replace('[security, availability, confidentiality]', '[availability]') }),
    );
    assert.equal(found.length, 2, found.join('\n')); // security missing, and C1.2 marked not relevant is out of scope
    assert.match(found[0] ?? '', /^evident\.yaml:20:3: Security is mandatory/);
  });

  it('a Type II period shorter than 3 months is an error', () => {
    const found = problems(programme({ 'evident.yaml': replace('end: 2026-12-31', 'end: 2026-02-27') }));
    assert.deepEqual(found, [
      'evident.yaml:26:3: a Type II period must cover 3 to 12 months; 2026-01-01..2026-02-27 covers 1',
    ]);
  });

  it('a Type II period longer than 12 months is an error', () => {
    const found = problems(programme({ 'evident.yaml': replace('end: 2026-12-31', 'end: 2027-01-01') }));
    assert.match(found.join('\n'), /^evident\.yaml:26:3: .*longer than 12 months/);
  });

  it('a period under 6 months loads with a warning', () => {
    const dir = programme({ 'evident.yaml': replace('end: 2026-12-31', 'end: 2026-04-30') });
    const { warnings } = loadProgramme(dir, catalog);
    assert.deepEqual(warnings.map(formatProblem), [
      'evident.yaml:26:3: a 4-month period is short: 6 months is the usual minimum, shorter periods are accepted mostly for a first report',
    ]);
  });

  it('an unknown key is an error at that key', () => {
    const found = problems(
      programme({ 'evident.yaml': replace('  headcount: 120', '  headcount: 120\n  industry: retail') }),
    );
    assert.deepEqual(found, ['evident.yaml:5:3: unknown key "industry"']);
  });

  it('a wrong type or a missing key says what was expected', () => {
    const found = problems(
      programme({
        'evident.yaml': (t) =>
          replace('  headcount: 120', '  headcount: many')(t).replace(/^version: 1\n/, ''),
      }),
    );
    assert.deepEqual(found, [
      'evident.yaml:1:1: missing required key "version"',
      'evident.yaml:3:14: organisation.headcount: Invalid input: expected number, received string',
    ]);
  });

  it('a bad date names the key', () => {
    const found = problems(programme({ 'evident.yaml': replace('start: 2026-01-01', 'start: 2026-02-30') }));
    assert.deepEqual(found, ['evident.yaml:27:12: report.period.start: expected a calendar date YYYY-MM-DD']);
  });

  it('a YAML syntax error gives its line', () => {
    const found = problems(
      programme({ 'evident.yaml': replace('  name: Acme Insights', '  name: [Acme Insights') }),
    );
    assert.match(found[0] ?? '', /^evident\.yaml:\d+:\d+: /);
  });

  it('an override naming an unknown control is an error', () => {
    const found = problems(programme({ 'controls/typo.yaml': 'id: acess-review\nowner: Someone\n' }));
    assert.deepEqual(found, [
      `${join('controls', 'typo.yaml')}:1:5: unknown control "acess-review" (to add a control of your own, set "custom: true")`,
    ]);
  });

  it('management responses are kept by control, and one for an unknown control is an error at its key', () => {
    const append = (text: string) => (old: string) => `${old}\nmanagement_responses:\n${text}`;
    const ok = programme({ 'evident.yaml': append('  vuln-scan: The missed week was rescanned.\n') });
    assert.deepEqual(loadProgramme(ok, catalog).programme.management_responses, {
      'vuln-scan': 'The missed week was rescanned.',
    });
    const bad = programme({ 'evident.yaml': append('  no-such-control: Fixed.\n') });
    const [problem] = problems(bad);
    assert.match(
      problem ?? '',
      /^evident\.yaml:\d+:\d+: management response for "no-such-control", which is not a control/,
    );
  });

  it('an override naming an unknown criterion is an error at that list item', () => {
    const found = problems(
      programme({ 'controls/access-review.yaml': (t) => `${t}criteria: [CC6.2, CC6.9]\n` }),
    );
    assert.deepEqual(found, [`${join('controls', 'access-review.yaml')}:6:19: unknown criterion "CC6.9"`]);
  });

  it('an unknown Annex A control or test parameter is an error', () => {
    const found = problems(
      programme({
        'controls/access-review.yaml': (t) =>
          `${t}iso: [A.5.99]\n`.replace('remediation_days', 'remediate_days'),
      }),
    );
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(
      found.join('\n'),
      /access-review\.yaml:4:3: test "access-review" has no parameter "remediate_days"/,
    );
    assert.match(
      found.join('\n'),
      /access-review\.yaml:6:7: unknown ISO\/IEC 27001:2022 Annex A control "A\.5\.99"/,
    );
  });

  it('disabling a control needs a written justification', () => {
    const found = problems(programme({ 'controls/pentest.yaml': 'id: pentest\nenabled: false\n' }));
    assert.deepEqual(found, [
      `${join('controls', 'pentest.yaml')}:2:10: disabling "pentest" needs a written justification of at least 20 characters (why it does not apply)`,
    ]);
  });

  it('a custom control missing its definition says what is missing', () => {
    const found = problems(
      programme({ 'controls/mine.yaml': 'id: my-control\ncustom: true\ntitle: Mine\n' }),
    );
    assert.ok(
      found.some((p) => /mine\.yaml:1:1: missing required key "frequency"/.test(p)),
      found.join('\n'),
    );
  });

  it('a policy without front matter, or with a bad criterion, is an error', () => {
    const found = problems(
      programme({
        'policies/no-front-matter.md': '# A policy\n',
        'policies/information-security.md': replace('[CC5.3, CC2.2]', '[CC5.3, CC10.1]'),
      }),
    );
    assert.deepEqual(found, [
      `${join('policies', 'information-security.md')}:7:19: criteria[1]: Invalid string: must match pattern /^(CC[1-9]|A1|C1|PI1|P[1-8])\\.[1-9]$/`,
      `${join('policies', 'no-front-matter.md')}:1:1: a policy starts with front matter between "---" lines (title, version, owner …)`,
    ]);
  });

  it('reports every problem of every file in one run', () => {
    const found = problems(
      programme({
        'evident.yaml': replace(
          '[security, availability, confidentiality]',
          '[availability, confidentiality]',
        ),
        'controls/typo.yaml': 'id: nope\n',
        'controls/pentest.yaml': 'id: pentest\nenabled: false\n',
      }),
    );
    assert.equal(found.length, 3, found.join('\n'));
  });
});
