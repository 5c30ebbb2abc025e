import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { controlStatus } from './control-status.ts';
import type { Unit, UnitStatus } from './control-test-run.ts';

const units = (...statuses: UnitStatus[]): Unit[] =>
  statuses.map((status, i) => ({
    label: `u${i}`,
    start: '2026-01-01',
    end: '2026-01-01',
    status,
    evidence: [],
  }));
const many = (n: number, s: UnitStatus) => Array.from({ length: n }, () => s);

describe('control status (DESIGN.md §5)', () => {
  it('is effective with no exception, and when nothing was expected', () => {
    assert.equal(controlStatus(units('met', 'met'), 0.1, false), 'effective');
    assert.equal(controlStatus([], 0.1, true), 'effective');
    assert.equal(controlStatus([], 0.1, false), 'effective');
  });

  it('has no evidence when every slot is missing', () => {
    assert.equal(controlStatus(units(...many(12, 'missing')), 0.1, false), 'no_evidence');
  });

  it('tolerates exceptions up to the tolerable rate', () => {
    assert.equal(controlStatus(units(...many(45, 'met'), ...many(5, 'failed')), 0.1, false), 'exceptions');
    assert.equal(controlStatus(units(...many(44, 'met'), ...many(6, 'failed')), 0.1, false), 'not_effective');
    // Fewer than ten expected: a missing slot is never tolerated, a failed one is.
    assert.equal(controlStatus(units(...many(8, 'met'), 'missing'), 0.2, false), 'not_effective');
    assert.equal(controlStatus(units(...many(8, 'met'), 'failed'), 0.2, false), 'exceptions');
    assert.equal(controlStatus(units(...many(9, 'met'), 'missing'), 0.1, false), 'exceptions');
    assert.equal(controlStatus(units(...many(18, 'met'), 'missing', 'met'), 0.1, false), 'exceptions');
    assert.equal(controlStatus(units(...many(3, 'met'), 'failed'), 0.25, true), 'exceptions');
  });
});
