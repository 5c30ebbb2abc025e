import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

describe('change-approval', () => {
  const period = { start: '2026-01-01', end: '2026-12-31' };
  const ctx = context({ test: 'change-approval', frequency: 'event', evidence: ['change'], period });
  const change = (day: string, id: string, author: string, approvers: string[], ci = true) =>
    rec('change', day, { id, title: id, author, merged_at: day, approvers, ci_passed: ci, emergency: false });

  it('makes each change merged in the period one item, judged on its own', () => {
    const items = [
      change('2025-12-31', 'PR-1', 'ana', []), // before the period: not in the population
      change('2026-02-01', 'PR-2', 'ana', ['bo']),
      change('2026-02-02', 'PR-3', 'ana', ['ana']),
      change('2026-02-03', 'PR-4', 'ana', []),
      change('2026-02-04', 'PR-5', 'ana', ['bo'], false),
    ];
    const out = runTest(ctx, items);
    assert.equal(out.units.length, 4);
    assert.deepEqual(Object.values(exceptionsOf(out)), [
      'failed: PR-3: approved only by its author',
      'failed: PR-4: merged without approval',
      'failed: PR-5: CI did not pass',
    ]);
    assert.deepEqual(out.details, { changes: 4, emergency: 0 });
  });
});
