import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthsCovered } from '../../core/dates.ts';
import { demoPeriod } from './demo-period.ts';

describe('demoPeriod', () => {
  it('is the twelve months ending on the last day of the month before today', () => {
    assert.deepEqual(demoPeriod(new Date('2026-11-26T15:00:00Z')), {
      start: '2025-11-01',
      end: '2026-10-31',
    });
    assert.deepEqual(demoPeriod(new Date('2026-11-01T00:00:00Z')), {
      start: '2025-11-01',
      end: '2026-10-31',
    });
    assert.deepEqual(demoPeriod(new Date('2026-11-30T23:59:59Z')), {
      start: '2025-11-01',
      end: '2026-10-31',
    });
  });

  it('crosses a year boundary in January and ends on the last day of February in March', () => {
    assert.deepEqual(demoPeriod(new Date('2027-01-10T00:00:00Z')), {
      start: '2026-01-01',
      end: '2026-12-31',
    });
    assert.deepEqual(demoPeriod(new Date('2028-03-05T00:00:00Z')), {
      start: '2027-03-01',
      end: '2028-02-29',
    });
  });

  it('always covers exactly twelve whole months', () => {
    for (let m = 0; m < 30; m++) {
      const { start, end } = demoPeriod(new Date(Date.UTC(2025, m, 17)));
      assert.equal(monthsCovered(start, end), 12, `${start}..${end}`);
      assert.ok(start.endsWith('-01'));
    }
  });
});
