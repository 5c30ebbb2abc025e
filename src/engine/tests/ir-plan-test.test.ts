import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import { irPlanTest } from './ir-plan-test.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

const exercise = (day: string, kind: 'tabletop' | 'live' = 'tabletop') =>
  rec('ir_test', day, { kind, performed_at: day, participants: ['ana', 'bo'], findings: [] });

describe('ir-plan-test', () => {
  // A six-month period: the annual window is the 365 days ending on its end, 2025-07-01 … 2026-06-30.
  const period = { start: '2026-01-01', end: '2026-06-30' };
  const base = { test: 'ir-plan-test', frequency: 'annual', evidence: ['ir_test'], period } as const;
  const run = (records: EvidenceRecord[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, irPlanTest);

  it('is met by one exercise in the window, even one before the period starts', () => {
    const e = exercise('2025-09-15', 'live');
    const out = run([e]);
    assert.deepEqual(
      out.units.map((u) => [u.label, u.status, u.evidence]),
      [['annual', 'met', [e.id]]],
    );
  });

  it('is missing with no exercise at all', () => {
    assert.deepEqual(exceptionsOf(run([])), { annual: 'missing' });
  });

  it('counts the first and last day of the window and nothing just outside it', () => {
    assert.deepEqual(exceptionsOf(run([exercise('2025-07-01T00:00:00Z')])), {});
    assert.deepEqual(exceptionsOf(run([exercise('2026-06-30T23:59:59Z')])), {});
    assert.deepEqual(
      exceptionsOf(run([exercise('2025-06-30T23:59:59Z'), exercise('2026-07-01T00:00:00Z')])),
      {
        annual: 'missing',
      },
    );
  });

  it('extends the window by the grace days', () => {
    assert.deepEqual(exceptionsOf(run([exercise('2026-07-03')], { grace_days: 3 })), {});
    assert.deepEqual(exceptionsOf(run([exercise('2026-07-04')], { grace_days: 3 })), { annual: 'missing' });
  });

  it('ignores records of other types the control lists (a window with only those is missing)', () => {
    const doc = rec('document', '2026-02-01', { title: 'IR plan', kind: 'ir_plan', sha256: 'a'.repeat(64) });
    const out = run([doc], { evidence: ['ir_test', 'document'] });
    assert.deepEqual(exceptionsOf(out), { annual: 'missing' });
  });
});
