import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../../core/dates.ts';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';
import { uptimeMonitoring } from './uptime-monitoring.ts';

type Summary = { checks?: number; failed?: number; downtime?: number; alerting?: boolean };
const up = (day: string, target: string, s: Summary = {}) =>
  rec('uptime_summary', day, {
    target,
    checks: s.checks ?? 1440,
    failed_checks: s.failed ?? 0,
    downtime_minutes: s.downtime ?? 0,
    alerting: s.alerting ?? true,
  });

describe('uptime-monitoring', () => {
  const period = { start: '2026-03-02', end: '2026-03-05' };
  const base = {
    test: 'uptime-monitoring',
    frequency: 'continuous',
    evidence: ['uptime_summary'],
    period,
  } as const;
  const days = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'];
  const run = (records: EvidenceRecord[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, uptimeMonitoring);

  it('is met on each day every target has a summary with checks and alerting', () => {
    const out = run(days.flatMap((d) => [up(d, 'api'), up(d, 'web')]));
    assert.deepEqual(
      out.units.map((u) => [u.label, u.status, u.evidence.length]),
      days.map((d) => [d, 'met', 2]),
    );
  });

  it('names a day with no summary at all as missing', () => {
    const out = run([up('2026-03-02', 'api'), up('2026-03-03', 'api'), up('2026-03-05', 'api')]);
    assert.deepEqual(exceptionsOf(out), { '2026-03-04': 'missing' });
  });

  it('expects every target seen anywhere in the run on every day, even days judged before it appeared', () => {
    const out = run([...days.map((d) => up(d, 'api')), up('2026-03-04', 'web')]);
    assert.deepEqual(exceptionsOf(out), {
      '2026-03-02': 'failed: no summary for web',
      '2026-03-03': 'failed: no summary for web',
      '2026-03-05': 'failed: no summary for web',
    });
  });

  it('names the target and what failed: no checks, alerting off, or both', () => {
    const out = run([
      up('2026-03-02', 'api', { checks: 0 }),
      up('2026-03-02', 'web'),
      up('2026-03-03', 'api'),
      up('2026-03-03', 'web', { alerting: false }),
      up('2026-03-04', 'api', { checks: 0, alerting: false }),
      up('2026-03-04', 'web', { alerting: false }),
      up('2026-03-05', 'api', { checks: 0 }),
    ]);
    assert.deepEqual(exceptionsOf(out), {
      '2026-03-02': 'failed: api: no checks ran',
      '2026-03-03': 'failed: web: alerting off',
      '2026-03-04': 'failed: api: no checks ran, alerting off; web: alerting off',
      '2026-03-05': 'failed: api: no checks ran; no summary for web',
    });
  });

  it('cites the failing summaries as the evidence of a failed day', () => {
    const bad = up('2026-03-02', 'web', { alerting: false });
    const good = up('2026-03-02', 'api');
    const day = run([good, bad]).units[0];
    assert.equal(day?.status, 'failed');
    assert.deepEqual(day?.evidence, [bad.id, good.id]);
  });

  it('counts a target as monitored when any one of its summaries that day passes', () => {
    const out = run(
      days.flatMap((d) => [up(`${d}T01:00:00Z`, 'api', { alerting: false }), up(`${d}T02:00:00Z`, 'api')]),
    );
    assert.deepEqual(exceptionsOf(out), {});
    // The other way round too: a passing summary then a failing one.
    const reversed = run(
      days.flatMap((d) => [up(`${d}T01:00:00Z`, 'api'), up(`${d}T02:00:00Z`, 'api', { checks: 0 })]),
    );
    assert.deepEqual(exceptionsOf(reversed), {});
  });

  it('places summaries by their UTC observation date, first and last instant of a day included', () => {
    const out = run([
      up('2026-03-01T23:59:59Z', 'api'), // the day before the period: fills no slot
      up('2026-03-02T00:00:00Z', 'api'),
      up('2026-03-03T23:59:59.999Z', 'api'),
      up('2026-03-05T00:00:00Z', 'api'),
      up('2026-03-06T00:00:00Z', 'api'), // the day after the period
    ]);
    assert.deepEqual(exceptionsOf(out), { '2026-03-04': 'missing' });
    assert.equal(out.units.length, 4);
  });

  it('with grace days lets a late summary fill the day before', () => {
    const records = ['2026-03-02', '2026-03-04', '2026-03-05'].map((d) => up(d, 'api'));
    assert.deepEqual(exceptionsOf(run(records, { grace_days: 1 })), {});
    assert.deepEqual(exceptionsOf(run(records)), { '2026-03-03': 'missing' });
  });

  it('with `targets` judges only those, ignores the others entirely and expects listed ones never seen', () => {
    const records = [
      up('2026-03-02', 'api'),
      up('2026-03-02', 'web', { alerting: false }), // not listed: ignored
      up('2026-03-03', 'web'), // only an unlisted target that day: missing
      up('2026-03-04', 'api'),
      up('2026-03-05', 'api'),
    ];
    assert.deepEqual(exceptionsOf(run(records, { params: { targets: ['api'] } })), {
      '2026-03-03': 'missing',
    });
    assert.deepEqual(exceptionsOf(run(records, { params: { targets: ['api', 'db'] } })), {
      '2026-03-02': 'failed: no summary for db',
      '2026-03-03': 'missing',
      '2026-03-04': 'failed: no summary for db',
      '2026-03-05': 'failed: no summary for db',
    });
    // An empty list is the default: every target seen.
    assert.deepEqual(
      exceptionsOf(run(records, { params: { targets: [] } }))['2026-03-02'],
      'failed: web: alerting off',
    );
  });

  it('caps the list of absent targets in a reason', () => {
    const targets = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 'zz'];
    const records = [...targets.map((t) => up('2026-03-02', t)), ...days.slice(1).map((d) => up(d, 'zz'))];
    assert.equal(
      exceptionsOf(run(records))['2026-03-03'],
      'failed: no summary for t1, t2, t3, t4, t5 and 2 more',
    );
  });

  it('reports checks, availability and downtime per target over the period', () => {
    const out = run([
      up('2026-03-01', 'api', { checks: 100, failed: 100, downtime: 1440 }), // outside the period
      up('2026-03-02', 'api', { checks: 1000, failed: 10, downtime: 15 }),
      up('2026-03-03', 'api', { checks: 1000, failed: 0, downtime: 0 }),
      up('2026-03-03', 'web', { checks: 0, alerting: false }),
    ]);
    assert.deepEqual(out.details, {
      targets: ['api', 'web'],
      by_target: {
        api: { checks: 2000, availability_pct: 99.5, downtime_minutes: 15 },
        web: { checks: 0, availability_pct: null, downtime_minutes: 0 },
      },
    });
  });

  it('property: a day is missing iff it has no summary, else met iff every target seen has a passing one', () => {
    const targets = ['a', 'b', 'c'];
    // Per day and target: 0 = no summary, 1 = passing, 2 = failing.
    const cell = fc.constantFrom(0, 1, 2);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 4, maxLength: 4 }),
        (grid) => {
          const records = grid.flatMap((row, d) =>
            row.flatMap((c, t) =>
              c === 0 ? [] : [up(addDays(period.start, d), targets[t] as string, { alerting: c === 1 })],
            ),
          );
          const seen = targets.filter((_, t) => grid.some((row) => row[t] !== 0));
          const out = run(records);
          grid.forEach((row, d) => {
            const unit = out.units[d];
            const expected = row.every((c) => c === 0)
              ? 'missing'
              : seen.every((t) => row[targets.indexOf(t)] === 1)
                ? 'met'
                : 'failed';
            assert.equal(unit?.status, expected);
          });
        },
      ),
    );
  });
});
