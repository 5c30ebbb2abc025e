import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import { monitoringAlerts } from './monitoring-alerts.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

const rule = (name: string, enabled = true) => ({ name, target: 'prod', enabled });
const rules = (day: string, list = [rule('api-down'), rule('failed-logins')]) =>
  rec('alert_rules', day, { rules: list });

describe('monitoring-alerts', () => {
  const period = { start: '2026-03-02', end: '2026-03-04' };
  const base = {
    test: 'monitoring-alerts',
    frequency: 'continuous',
    evidence: ['alert_rules'],
    period,
  } as const;
  const run = (records: EvidenceRecord[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, monitoringAlerts);

  it('is met on each day with a snapshot of enabled rules and names a day without one as missing', () => {
    const out = run([rules('2026-03-02'), rules('2026-03-04')]);
    assert.deepEqual(exceptionsOf(out), { '2026-03-03': 'missing' });
    assert.equal(out.units.length, 3);
  });

  it('names the disabled rules', () => {
    const out = run([
      rules('2026-03-02', [rule('api-down'), rule('failed-logins', false), rule('disk-full', false)]),
      rules('2026-03-03'),
      rules('2026-03-04'),
    ]);
    assert.deepEqual(exceptionsOf(out), { '2026-03-02': 'failed: disabled: failed-logins, disk-full' });
  });

  it('needs at least one rule by default, and `min_rules` when set (exactly the minimum passes)', () => {
    const records = [
      rules('2026-03-02', []),
      rules('2026-03-03', [rule('a'), rule('b')]),
      rules('2026-03-04', [rule('a'), rule('b'), rule('c', false)]),
    ];
    assert.deepEqual(exceptionsOf(run(records)), {
      '2026-03-02': 'failed: 0 rules, fewer than 1',
      '2026-03-04': 'failed: disabled: c',
    });
    assert.deepEqual(exceptionsOf(run(records, { params: { min_rules: 3 } })), {
      '2026-03-02': 'failed: 0 rules, fewer than 3',
      '2026-03-03': 'failed: 2 rules, fewer than 3',
      '2026-03-04': 'failed: disabled: c',
    });
    assert.deepEqual(
      exceptionsOf(run([rules('2026-03-02', [rule('a')])], { params: { min_rules: 2 } }))['2026-03-02'],
      'failed: 1 rule, fewer than 2',
    );
    assert.deepEqual(exceptionsOf(run(records, { params: { min_rules: 0 } })), {
      '2026-03-04': 'failed: disabled: c',
    });
  });

  it('is met by any passing snapshot of the day, and only by one observed that UTC day', () => {
    const out = run([
      rules('2026-03-01T23:59:59Z'),
      rules('2026-03-02T08:00:00Z', [rule('a', false)]),
      rules('2026-03-02T09:00:00Z'),
      rules('2026-03-03T00:00:00Z'),
      rules('2026-03-05T00:00:00Z'),
    ]);
    assert.deepEqual(exceptionsOf(out), { '2026-03-04': 'missing' });
  });
});
