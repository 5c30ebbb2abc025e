import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import { capacityMonitoring } from './capacity-monitoring.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

type Resource = {
  name: string;
  utilization_pct: number;
  threshold_pct: number;
  scaling_trigger: string | null;
};
const res = (
  name: string,
  used: number,
  threshold = 80,
  trigger: string | null = 'autoscale at 80%',
): Resource => ({
  name,
  utilization_pct: used,
  threshold_pct: threshold,
  scaling_trigger: trigger,
});
const check = (day: string, resources: Resource[] = [res('db', 50), res('web', 60)]) =>
  rec('capacity_check', day, { performed_at: day, resources });

describe('capacity-monitoring', () => {
  const period = { start: '2026-03-02', end: '2026-03-29' }; // W10–W13
  const base = {
    test: 'capacity-monitoring',
    frequency: 'weekly',
    evidence: ['capacity_check'],
    period,
  } as const;
  const run = (records: EvidenceRecord[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, capacityMonitoring);

  it('is met by one healthy check a week and names the week without one as missing', () => {
    const out = run([check('2026-03-02'), check('2026-03-15'), check('2026-03-25')]);
    assert.deepEqual(
      out.units.map((u) => u.label),
      ['2026-W10', '2026-W11', '2026-W12', '2026-W13'],
    );
    assert.deepEqual(exceptionsOf(out), { '2026-W12': 'missing' });
  });

  it('counts a check on the Monday and on the Sunday of its week, not the day before or after', () => {
    const out = run([
      check('2026-03-01T23:59:59Z'), // Sunday before the period
      check('2026-03-09T00:00:00Z'), // W11 Monday
      check('2026-03-22T23:59:59Z'), // W12 Sunday
      check('2026-03-30T00:00:00Z'), // W14 Monday, outside the period
    ]);
    assert.deepEqual(exceptionsOf(out), { '2026-W10': 'missing', '2026-W13': 'missing' });
  });

  it('fails a resource above its threshold, with the figures, but not one exactly on it', () => {
    const weeks = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'];
    const out = run([
      check(weeks[0] as string, [res('db', 80), res('web', 80.5)]),
      check(weeks[1] as string, [res('db', 80, 80), res('queue', 100, 100)]),
      check(weeks[2] as string),
      check(weeks[3] as string),
    ]);
    assert.deepEqual(exceptionsOf(out), { '2026-W10': 'failed: web: 80.5% used, above its 80% threshold' });
  });

  it('fails a resource without a scaling trigger, null or blank, and combines problems', () => {
    const out = run([
      check('2026-03-02', [res('db', 10, 80, null)]),
      check('2026-03-09', [res('db', 10, 80, '  ')]),
      check('2026-03-16', [res('db', 95, 90, null), res('web', 91, 90)]),
      check('2026-03-23', []),
    ]);
    assert.deepEqual(exceptionsOf(out), {
      '2026-W10': 'failed: db: no scaling trigger',
      '2026-W11': 'failed: db: no scaling trigger',
      '2026-W12':
        'failed: db: 95% used, above its 90% threshold, no scaling trigger; web: 91% used, above its 90% threshold',
      '2026-W13': 'failed: no resources checked',
    });
  });

  it('is met when any check of the week passes, and fails with the latest reason otherwise', () => {
    const out = run([
      check('2026-03-02', [res('db', 99)]),
      check('2026-03-04'),
      check('2026-03-09', [res('db', 99)]),
      check('2026-03-11', [res('db', 85)]),
      check('2026-03-16'),
      check('2026-03-23'),
    ]);
    assert.deepEqual(exceptionsOf(out), { '2026-W11': 'failed: db: 85% used, above its 80% threshold' });
  });

  it('with grace days counts a check early the next week for the week before', () => {
    const records = [check('2026-03-02'), check('2026-03-17'), check('2026-03-23')];
    assert.deepEqual(exceptionsOf(run(records, { grace_days: 2 })), {});
    assert.deepEqual(exceptionsOf(run(records, { grace_days: 1 })), { '2026-W11': 'missing' });
  });
});
