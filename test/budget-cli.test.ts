import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { budgetProgramme } from '../src/app/budget-programme.ts';
import { gapsFromEvaluation } from '../src/app/gaps-from-evaluation.ts';
import type { ControlResult, CriterionResult } from '../src/engine/evaluation.ts';
import { json, runCli } from './run-cli.ts';
import { setUpProgramme } from './support/set-up-programme.ts';

type Range = { low: number; high: number; open_ended?: true };
type Line = Range & { item: string; title: string; range: Range; reasons: string[] };
type BudgetJson = {
  type: string;
  renewal: boolean;
  lines: Line[];
  total: Range;
  ongoing: Line[];
  inputs: {
    categories: string[];
    headcount?: number;
    systems: number;
    vendors: number;
    open_gaps: { critical: number; high: number; medium: number; low: number };
    gaps_from: unknown;
  };
};

const root = mkdtempSync(join(tmpdir(), 'evident-budget-'));
after(() => rmSync(root, { recursive: true, force: true }));

describe('gapsFromEvaluation', () => {
  const control = (id: string, status: ControlResult['status']) => ({ id, status }) as ControlResult;
  const criterion = (id: string, status: CriterionResult['status']) => ({ id, status }) as CriterionResult;

  it('rates criteria without controls critical, failing controls high and controls with exceptions medium', () => {
    const gaps = gapsFromEvaluation({
      controls: [
        control('a', 'effective'),
        control('b', 'exceptions'),
        control('c', 'not_effective'),
        control('d', 'no_evidence'),
        control('e', 'not_applicable'),
      ],
      criteria: [criterion('CC1.1', 'met'), criterion('CC6.1', 'at_risk'), criterion('A1.1', 'no_controls')],
    });
    assert.deepEqual(gaps, { critical: 1, high: 2, medium: 1, low: 0 });
  });
});

describe('evident budget', () => {
  const dir = join(root, 'acme');
  const budget = async () => {
    const r = await runCli(['budget', '-C', dir, '--json']);
    assert.equal(r.code, 0, r.stderr);
    return json<BudgetJson>(r);
  };
  /** What `evident budget --json` prints, from the same use case in this process (cases that differ in data). */
  const budgetHere = async () => {
    const { warnings: _warnings, ...b } = await budgetProgramme(dir);
    return JSON.parse(JSON.stringify(b)) as BudgetJson;
  };
  before(async () => {
    await setUpProgramme(dir, { period: '2026-01-01..2026-12-31' });
  });

  it('estimates a first Type II year from evident.yaml, with totals that are the sum of the lines', async () => {
    const b = await budget();
    assert.deepEqual(Object.keys(b), ['type', 'renewal', 'lines', 'total', 'ongoing', 'inputs']);
    assert.deepEqual([b.type, b.renewal], ['II', false]);
    assert.deepEqual(
      b.lines.map((l) => l.item),
      ['readiness_assessment', 'type2_audit', 'remediation'],
    );
    assert.deepEqual(
      b.ongoing.map((l) => l.item),
      ['type2_renewal'],
    );
    assert.equal(
      b.total.low,
      b.lines.reduce((n, l) => n + l.low, 0),
    );
    assert.equal(
      b.total.high,
      b.lines.reduce((n, l) => n + l.high, 0),
    );
    for (const l of [...b.lines, ...b.ongoing]) {
      assert.ok(l.range.low <= l.low && l.low <= l.high && l.high <= l.range.high, l.item);
      assert.ok(l.reasons.length > 0, l.item);
    }
    // The scaffolded evident.yaml: 50 people, one infrastructure and one software component, two vendors.
    assert.deepEqual(
      [b.inputs.categories, b.inputs.headcount, b.inputs.systems, b.inputs.vendors],
      [['security', 'availability', 'confidentiality'], 50, 2, 2],
    );
    assert.deepEqual(b.inputs.gaps_from, { type: 'II', period: { start: '2026-01-01', end: '2026-12-31' } });
  });

  it('counts the open gaps from an evaluation of the report scope', async () => {
    const e = json<{ controls: { status: string }[]; criteria: { status: string }[] }>(
      await runCli(['evaluate', '-C', dir, '--json']),
    );
    const count = <T extends { status: string }>(xs: T[], ...s: string[]) =>
      xs.filter((x) => s.includes(x.status)).length;
    const b = await budget();
    assert.deepEqual(b.inputs.open_gaps, {
      critical: count(e.criteria, 'no_controls'),
      high: count(e.controls, 'not_effective', 'no_evidence'),
      medium: count(e.controls, 'exceptions'),
      low: 0,
    });
    // No evidence at all: every control is a high gap, and remediation sits at the top of its range.
    assert.ok(b.inputs.open_gaps.high > 15);
    const remediation = b.lines.find((l) => l.item === 'remediation');
    assert.equal(remediation?.open_ended, true);
    assert.equal(b.total.open_ended, true);
  });

  it('prints each line with its range and reasons, then the total', async () => {
    const r = await runCli(['budget', '-C', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^SOC 2 Type II budget \(USD\), first year; open gaps: 0 critical, \d+ high/);
    assert.match(r.stdout, /^Readiness assessment {2}\$\d{2},\d{3}–\$\d{2},\d{3}\n {2}- published range/m);
    assert.match(r.stdout, /^Total {2}\$\d{3},\d{3}–\$\d{3},\d{3}\+$/m);
    assert.match(r.stdout, /^Each later year \(not in the total\)\nAnnual Type II renewal/m);
  });

  it('raises the readiness estimate, and lowers nothing, when a category is added', async () => {
    const was = await budgetHere();
    const yaml = join(dir, 'evident.yaml');
    const text = readFileSync(yaml, 'utf8');
    const more = text.replace(
      /^ {2}categories: \[security, availability, confidentiality\]$/m,
      '  categories: [security, availability, confidentiality, processing_integrity]',
    );
    assert.notEqual(more, text, 'the categories line was replaced');
    writeFileSync(yaml, more);
    const now = await budgetHere();
    assert.deepEqual(now.inputs.categories, [...was.inputs.categories, 'processing_integrity']);
    const line = (b: BudgetJson, item: string) => b.lines.find((l) => l.item === item);
    assert.ok(line(now, 'readiness_assessment')!.low > line(was, 'readiness_assessment')!.low);
    for (const l of was.lines) {
      assert.ok(line(now, l.item)!.low >= l.low && line(now, l.item)!.high >= l.high, l.item);
    }
    assert.ok(now.total.low >= was.total.low && now.total.high >= was.total.high);
  });
});
