import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accessReview } from './access-review.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

type Entry = {
  user: string;
  access: string;
  decision: 'keep' | 'revoke' | 'modify';
  remediated_at?: string | null;
};

const review = (observed: string, system: string, entries: Entry[] = [], completed = observed) =>
  rec('access_review', observed, { system, reviewer: 'sec-lead', completed_at: completed, entries });
const keep = (user: string): Entry => ({ user, access: 'admin', decision: 'keep' });
const revoke = (user: string, remediated_at?: string | null): Entry => ({
  user,
  access: 'admin',
  decision: 'revoke',
  remediated_at,
});

describe('access-review', () => {
  const period = { start: '2026-01-01', end: '2026-03-31' };
  const base = { test: 'access-review', frequency: 'monthly', evidence: ['access_review'], period } as const;
  const run = (records: ReturnType<typeof review>[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, accessReview);
  const monthly = (system: string) => [
    review('2026-01-20', system, [keep('ana')]),
    review('2026-02-20', system, [keep('ana')]),
    review('2026-03-20', system, [keep('ana')]),
  ];

  it('is met when every system seen is reviewed each month with decisions carried out in time', () => {
    const out = run([
      ...monthly('github'),
      review('2026-01-10', 'aws', [revoke('bo', '2026-01-12')], '2026-01-10T09:00:00Z'),
      review('2026-02-10', 'aws', [
        { user: 'cy', access: 'admin', decision: 'modify', remediated_at: '2026-02-11' },
      ]),
      review('2026-03-10', 'aws'),
    ]);
    assert.deepEqual(
      out.units.map((u) => [u.label, u.status]),
      [
        ['2026-01', 'met'],
        ['2026-02', 'met'],
        ['2026-03', 'met'],
      ],
    );
    assert.equal(out.units[0]?.evidence.length, 2);
    assert.deepEqual(out.details, { systems: ['aws', 'github'] });
  });

  it('names a month with no review at all as missing', () => {
    const out = run([review('2026-01-05', 'github'), review('2026-03-05', 'github')]);
    assert.deepEqual(exceptionsOf(out), { '2026-02': 'missing' });
  });

  it('fails a month that skips a system reviewed in any other month, even a later one', () => {
    const out = run([...monthly('github'), review('2026-03-02', 'aws'), review('2026-02-02', 'Okta')]);
    assert.deepEqual(exceptionsOf(out), {
      '2026-01': 'failed: not reviewed: aws, Okta',
      '2026-02': 'failed: not reviewed: aws',
      '2026-03': 'failed: not reviewed: Okta',
    });
  });

  it('fails a revoke that was never remediated, naming the user and system', () => {
    const out = run([
      ...monthly('github'),
      review('2026-02-03', 'github', [keep('ana'), revoke('bo'), revoke('cy', null)]),
    ]);
    // February also holds a clean review of github, so one passing review is enough (DESIGN.md §5).
    assert.deepEqual(exceptionsOf(out), {});
    const bad = run([
      review('2026-01-20', 'github'),
      review('2026-02-03', 'github', [keep('ana'), revoke('bo'), revoke('cy', null)]),
      review('2026-03-20', 'github'),
    ]);
    assert.deepEqual(exceptionsOf(bad), {
      '2026-02': 'failed: bo on github: revoke never remediated, cy on github: revoke never remediated',
    });
  });

  it('fails a late remediation and says how late', () => {
    const out = run([
      review('2026-01-20', 'github'),
      review('2026-02-01', 'github', [
        { user: 'bo', access: 'write', decision: 'modify', remediated_at: '2026-02-17T00:00:00Z' },
      ]),
      review('2026-03-20', 'github'),
    ]);
    assert.deepEqual(exceptionsOf(out), {
      '2026-02': 'failed: bo on github: modify remediated 2 days late (16 days after the review, limit 14)',
    });
    assert.deepEqual(out.units[1]?.evidence.length, 1);
  });

  it('allows exactly remediation_days and counts any part of a day beyond as late', () => {
    const at = (remediated: string) =>
      run([
        review('2026-01-20', 'github'),
        review('2026-02-01', 'github', [revoke('bo', remediated)], '2026-02-01T10:00:00Z'),
        review('2026-03-20', 'github'),
      ]);
    assert.deepEqual(exceptionsOf(at('2026-02-15T10:00:00Z')), {});
    assert.deepEqual(exceptionsOf(at('2026-02-15T11:00:00Z')), {
      '2026-02': 'failed: bo on github: revoke remediated 1 day late (15 days after the review, limit 14)',
    });
  });

  it('reads remediation_days from the parameters', () => {
    const records = [
      review('2026-01-20', 'github'),
      review('2026-02-01', 'github', [revoke('bo', '2026-02-21')]),
      review('2026-03-20', 'github'),
    ];
    assert.equal(Object.keys(exceptionsOf(run(records))).length, 1);
    assert.deepEqual(exceptionsOf(run(records, { params: { remediation_days: 20 } })), {});
  });

  it('with `systems`, requires exactly those (case-insensitively) and judges no other system', () => {
    const params = { systems: ['GitHub', 'okta'] };
    const out = run(
      [
        review('2026-01-05', 'github'),
        review('2026-01-06', 'okta'),
        review('2026-01-07', 'aws', [revoke('bo')]), // not listed: its unremediated revoke does not count
        review('2026-02-05', 'github'),
        review('2026-03-05', 'aws'),
      ],
      { params },
    );
    assert.deepEqual(exceptionsOf(out), {
      '2026-02': 'failed: not reviewed: okta',
      // Only a review of an unlisted system: the control ran but did not cover its systems.
      '2026-03': 'failed: not reviewed: GitHub, okta',
    });
    assert.deepEqual(out.details, { systems: ['GitHub', 'okta'] });
  });

  it('takes a review in its month by event time: the last instant of a month, the first of the next', () => {
    const out = run([
      review('2026-01-31T23:59:59Z', 'github'),
      review('2026-02-01T00:00:00Z', 'github'),
      review('2026-03-31T23:59:59Z', 'github'),
    ]);
    assert.deepEqual(exceptionsOf(out), {});
    const gap = run([review('2026-01-31T23:59:59Z', 'github'), review('2026-03-01T00:00:00Z', 'github')]);
    assert.deepEqual(exceptionsOf(gap), { '2026-02': 'missing' });
    const after = run([
      review('2026-01-31', 'github'),
      review('2026-02-28', 'github'),
      review('2026-04-01T00:00:00Z', 'github'), // just after the period and March
    ]);
    assert.deepEqual(exceptionsOf(after), { '2026-03': 'missing' });
  });

  it('extends a month by the grace days', () => {
    const records = [
      review('2026-01-20', 'github'),
      review('2026-03-02', 'github'),
      review('2026-03-20', 'github'),
    ];
    assert.deepEqual(exceptionsOf(run(records)), { '2026-02': 'missing' });
    assert.deepEqual(exceptionsOf(run(records, { grace_days: 2 })), {});
    assert.deepEqual(exceptionsOf(run(records, { grace_days: 1 })), { '2026-02': 'missing' });
  });

  it('caps the list of unremediated decisions', () => {
    const users = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'];
    const out = run([
      review(
        '2026-01-20',
        'db',
        users.map((u) => revoke(u)),
      ),
      review('2026-02-20', 'db'),
      review('2026-03-20', 'db'),
    ]);
    const reason = exceptionsOf(out)['2026-01'] ?? '';
    assert.match(reason, /u5 on db: revoke never remediated and 2 more$/);
    assert.doesNotMatch(reason, /u6/);
  });
});
