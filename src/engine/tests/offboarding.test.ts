import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import { offboarding } from './offboarding.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

/** A leaver terminated at `terminated` (also the event time) whose access went `removed` (or never). */
const leaver = (person: string, terminated: string, removed?: string | null) =>
  rec('offboarding', terminated, {
    person,
    terminated_at: terminated,
    ...(removed === undefined ? {} : { access_removed_at: removed }),
  });

describe('offboarding', () => {
  const period = { start: '2026-01-01', end: '2026-06-30' };
  const base = { test: 'offboarding', frequency: 'event', evidence: ['offboarding'], period } as const;
  const run = (records: EvidenceRecord[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, offboarding);

  it('makes each termination in the period an item, met when access went within 24 hours', () => {
    const a = leaver('ana', '2026-02-01T17:00:00Z', '2026-02-02T09:00:00Z');
    const out = run([a]);
    assert.deepEqual(
      out.units.map((u) => [u.label, u.status, u.start, u.evidence]),
      [[a.id, 'met', '2026-02-01', [a.id]]],
    );
  });

  it('fails late removal with the hours and the limit, and access never removed', () => {
    const out = run([
      leaver('ana', '2026-02-01T17:00:00Z', '2026-02-03T05:00:00Z'),
      leaver('bo', '2026-02-02T17:00:00Z'),
      leaver('cy', '2026-02-03T17:00:00Z', null),
    ]);
    assert.deepEqual(Object.values(exceptionsOf(out)), [
      'failed: ana: access removed after 36 hours (limit 24)',
      'failed: bo: access never removed',
      'failed: cy: access never removed',
    ]);
  });

  it('passes removal exactly on the limit; a second later fails and never reads as on the limit', () => {
    const out = run([
      leaver('ana', '2026-02-01T17:00:00Z', '2026-02-02T17:00:00Z'),
      leaver('bo', '2026-02-01T17:00:00Z', '2026-02-02T17:00:01Z'),
      leaver('cy', '2026-02-01T17:00:00Z', '2026-02-01T12:00:00Z'), // removed ahead of the departure
    ]);
    assert.deepEqual(Object.values(exceptionsOf(out)), [
      'failed: bo: access removed after 24.1 hours (limit 24)',
    ]);
  });

  it('compares offsets and bare dates as instants', () => {
    const out = run([
      leaver('ana', '2026-02-01T17:00:00+02:00', '2026-02-02T15:00:00Z'), // 15:00Z → 24 hours
      leaver('bo', '2026-02-01', '2026-02-02T00:30:00Z'), // midnight UTC → 24.5 hours
    ]);
    assert.deepEqual(Object.values(exceptionsOf(out)), [
      'failed: bo: access removed after 24.5 hours (limit 24)',
    ]);
  });

  it('leaves out terminations just outside the period; an empty population has no units', () => {
    const out = run([
      leaver('ana', '2025-12-31T23:59:59Z'),
      leaver('bo', '2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z'),
      leaver('cy', '2026-06-30T23:59:59Z', '2026-07-01T01:00:00Z'),
      leaver('di', '2026-07-01T00:00:00Z'),
    ]);
    assert.equal(out.units.length, 2);
    assert.deepEqual(exceptionsOf(out), {});
    assert.deepEqual(run([leaver('ana', '2025-12-01')]).units, []);
  });

  it('takes the limit from `max_hours`', () => {
    const records = [
      leaver('ana', '2026-02-01T00:00:00Z', '2026-02-01T04:00:00Z'),
      leaver('bo', '2026-02-01T00:00:00Z', '2026-02-01T04:30:00Z'),
      leaver('cy', '2026-02-01T00:00:00Z', '2026-02-03T12:00:00Z'),
    ];
    assert.deepEqual(Object.values(exceptionsOf(run(records, { params: { max_hours: 4 } }))), [
      'failed: bo: access removed after 4.5 hours (limit 4)',
      'failed: cy: access removed after 60 hours (limit 4)',
    ]);
    assert.deepEqual(Object.values(exceptionsOf(run(records, { params: { max_hours: 72 } }))), []);
  });

  it('reports the mean hours to remove over leavers whose access was removed', () => {
    const out = run([
      leaver('ana', '2026-02-01T00:00:00Z', '2026-02-01T02:00:00Z'),
      leaver('bo', '2026-02-01T00:00:00Z', '2026-02-02T06:00:00Z'),
      leaver('cy', '2026-02-01T00:00:00Z'),
    ]);
    assert.deepEqual(out.details, { leavers: 3, never_removed: 1, mean_hours_to_remove: 16 });
    assert.deepEqual(run([]).details, { leavers: 0, never_removed: 0, mean_hours_to_remove: null });
  });
});
