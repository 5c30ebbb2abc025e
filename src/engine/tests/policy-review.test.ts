import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import { policyReview } from './policy-review.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

/** A review observed at `day`, approved then unless `approvedAt` says otherwise. */
const review = (day: string, policy: string, approvedAt = day) =>
  rec('policy_review', day, { policy, version: '2', approved_by: 'CEO', approved_at: approvedAt });

describe('policy-review', () => {
  // Annual: the window is 2025-07-01 … 2026-06-30.
  const period = { start: '2026-01-01', end: '2026-06-30' };
  const base = { test: 'policy-review', frequency: 'annual', evidence: ['policy_review'], period } as const;
  const run = (records: EvidenceRecord[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, policyReview);

  it('is met when every policy seen was reviewed in the window, and cites one review per policy', () => {
    const a = review('2025-09-01', 'Information Security');
    const b = review('2026-02-01', 'Access Control');
    const again = review('2026-03-01', 'Access Control');
    const out = run([a, b, again]);
    assert.deepEqual(
      out.units.map((u) => [u.label, u.status, u.evidence]),
      [['annual', 'met', [a.id, b.id]]],
    );
    assert.deepEqual(out.details, { policies: ['Access Control', 'Information Security'] });
  });

  it('is missing with no review at all', () => {
    assert.deepEqual(exceptionsOf(run([])), { annual: 'missing' });
  });

  it('counts reviews on the first and last day of the window, not just outside it', () => {
    assert.deepEqual(
      exceptionsOf(run([review('2025-07-01T00:00:00Z', 'A'), review('2026-06-30T23:59:59Z', 'B')])),
      {},
    );
    assert.deepEqual(exceptionsOf(run([review('2025-06-30T23:59:59Z', 'A')])), { annual: 'missing' });
  });

  it('needs approved_at in the window too, and names the policies not reviewed', () => {
    const records = [
      review('2025-08-01', 'Access Control', '2025-06-30T23:00:00Z'), // recorded late: approved before the window
      review('2026-01-10', 'Backup', '2026-01-10T00:00:00+01:00'), // 2026-01-09T23:00Z: inside
      review('2026-01-10', 'Vendor'),
    ];
    const out = run(records);
    assert.deepEqual(exceptionsOf(out), { annual: 'failed: not reviewed: Access Control' });
    // A failed slot cites the reviews it looked at.
    assert.deepEqual(
      out.units[0]?.evidence,
      records.map((r) => r.id),
    );
  });

  it('at a quarterly frequency expects every policy seen in the run in every quarter', () => {
    const out = run(
      [
        review('2026-02-01', 'Access Control'),
        review('2026-05-01', 'Access Control'),
        review('2026-05-02', 'Backup'),
        review('2026-05-03', 'Vendor'),
      ],
      { frequency: 'quarterly' },
    );
    assert.deepEqual(exceptionsOf(out), { '2026-Q1': 'failed: not reviewed: Backup, Vendor' });
  });

  it('with `policies` expects exactly those (matched without case) and ignores reviews of others', () => {
    const records = [review('2026-02-01', 'access control '), review('2026-03-01', 'Travel')];
    const params = { policies: ['Access Control', 'Incident Response', 'Backup'] };
    assert.deepEqual(exceptionsOf(run(records, { params })), {
      annual: 'failed: not reviewed: Incident Response, Backup',
    });
    assert.deepEqual(exceptionsOf(run(records, { params: { policies: 'Access Control' } })), {});
    // A window holding only reviews of unlisted policies is missing.
    assert.deepEqual(exceptionsOf(run([review('2026-03-01', 'Travel')], { params })), { annual: 'missing' });
  });

  it('caps the policies named in a reason', () => {
    const names = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
    const records = names.map((p) => review('2025-01-01', p)); // outside the window: not even read
    const out = run([...records, review('2026-01-01', 'p0')], { params: { policies: names } });
    assert.deepEqual(exceptionsOf(out), { annual: 'missing' });
    const seen = run([
      ...names.map((p) => review('2026-01-01', p, '2025-01-01')),
      review('2026-01-01', 'p0'),
    ]);
    assert.deepEqual(exceptionsOf(seen), { annual: 'failed: not reviewed: p1, p2, p3, p4, p5 and 2 more' });
  });

  it('extends the window by the grace days', () => {
    assert.deepEqual(exceptionsOf(run([review('2026-07-02', 'A')], { grace_days: 2 })), {});
    assert.deepEqual(exceptionsOf(run([review('2026-07-02', 'A')], { grace_days: 1 })), {
      annual: 'missing',
    });
  });
});
