import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import { drTest } from './dr-test.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

type Figures = { rto?: number; rtoTarget?: number; rpo?: number; rpoTarget?: number; success?: boolean };
const dr = (day: string, f: Figures = {}) =>
  rec('dr_test', day, {
    performed_at: day,
    rto_target_minutes: f.rtoTarget ?? 240,
    rto_actual_minutes: f.rto ?? 90,
    rpo_target_minutes: f.rpoTarget ?? 60,
    rpo_actual_minutes: f.rpo ?? 15,
    success: f.success ?? true,
  });

describe('dr-test', () => {
  const period = { start: '2026-01-01', end: '2026-12-31' };
  const base = { test: 'dr-test', frequency: 'annual', evidence: ['dr_test'], period } as const;
  const run = (records: EvidenceRecord[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, drTest);

  it('is met by a successful test within both objectives', () => {
    const t = dr('2026-05-10');
    const out = run([t]);
    assert.deepEqual(
      out.units.map((u) => [u.label, u.status, u.evidence]),
      [['annual', 'met', [t.id]]],
    );
  });

  it('passes figures exactly on their targets', () => {
    assert.deepEqual(exceptionsOf(run([dr('2026-05-10', { rto: 240, rpo: 60 })])), {});
  });

  it('fails an unsuccessful test, and one over either objective, giving the figures', () => {
    assert.deepEqual(exceptionsOf(run([dr('2026-05-10', { success: false })])), {
      annual: 'failed: recovery did not succeed',
    });
    assert.deepEqual(exceptionsOf(run([dr('2026-05-10', { rto: 241 })])), {
      annual: 'failed: RTO 241 min over target 240 min',
    });
    assert.deepEqual(exceptionsOf(run([dr('2026-05-10', { rpo: 60.5 })])), {
      annual: 'failed: RPO 60.5 min over target 60 min',
    });
    assert.deepEqual(exceptionsOf(run([dr('2026-05-10', { success: false, rto: 300, rpo: 90 })])), {
      annual:
        'failed: recovery did not succeed; RTO 300 min over target 240 min; RPO 90 min over target 60 min',
    });
  });

  it('is met when a retest in the window passes, and cites it', () => {
    const retest = dr('2026-06-01');
    const out = run([dr('2026-05-10', { success: false }), retest]);
    assert.deepEqual(exceptionsOf(out), {});
    assert.deepEqual(out.units[0]?.evidence, [retest.id]);
  });

  it('is missing with no test in the window; a test a day outside it does not count', () => {
    assert.deepEqual(exceptionsOf(run([])), { annual: 'missing' });
    assert.deepEqual(exceptionsOf(run([dr('2025-12-31T23:59:59Z'), dr('2027-01-01T00:00:00Z')])), {
      annual: 'missing',
    });
    assert.deepEqual(exceptionsOf(run([dr('2026-01-01T00:00:00Z')])), {});
  });
});
