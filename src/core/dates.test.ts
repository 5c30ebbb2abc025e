import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, addMonths, isValidDate, monthsCovered } from './dates.ts';

const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar dates', () => {
  it('accepts only real calendar dates', () => {
    assert.ok(isValidDate('2024-02-29'));
    assert.ok(!isValidDate('2026-02-29'));
    assert.ok(!isValidDate('2026-13-01'));
    assert.ok(!isValidDate('2026-1-01'));
  });

  it('adds months clamping to the end of the month', () => {
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2026-11-15', 3), '2027-02-15');
  });

  it('counts whole months covered by an inclusive range', () => {
    assert.equal(monthsCovered('2026-01-01', '2026-12-31'), 12);
    assert.equal(monthsCovered('2026-01-01', '2026-12-30'), 11);
    assert.equal(monthsCovered('2026-01-01', '2026-03-31'), 3);
    assert.equal(monthsCovered('2026-01-15', '2026-04-14'), 3);
    assert.equal(monthsCovered('2026-01-01', '2026-01-01'), 0);
  });

  it('a range of k months minus a day always covers exactly k months', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 24 }), (start, k) => {
        const end = addDays(addMonths(start, k), -1);
        assert.ok(monthsCovered(start, end) >= k - 1 && monthsCovered(start, end) <= k);
        assert.equal(monthsCovered(start, addDays(addMonths(start, k), -1)) >= k - 1, true);
      }),
    );
  });
});
