import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Unit, UnitStatus } from '../control-test-run.ts';
import type { ControlResult } from '../evaluation.ts';
import { earliestStart } from './earliest-start.ts';

const month = (m: number, status: UnitStatus): Unit => {
  const mm = String(m).padStart(2, '0');
  const end = new Date(Date.UTC(2026, m, 0)).toISOString().slice(0, 10);
  return { label: `2026-${mm}`, start: `2026-${mm}-01`, end, status, evidence: [] };
};
const control = (id: string, population: Unit[], frequency: ControlResult['frequency'] = 'monthly') =>
  ({ id, frequency, status: 'exceptions', population }) as unknown as ControlResult;

describe('earliest defensible Type II start', () => {
  it('is the day after the latest closed missing slot of any control', () => {
    const r = earliestStart(
      [
        control('a', [month(1, 'met'), month(2, 'missing'), month(3, 'met'), month(4, 'met')]),
        control('b', [month(1, 'missing'), month(2, 'missing'), month(3, 'failed'), month(4, 'met')]),
        control('events', [], 'event'),
      ],
      '2026-05-10',
    );
    assert.deepEqual(r, {
      date: '2026-03-01',
      limited_by: { control: 'a', last_missing: '2026-02' },
      blocking: [],
    });
  });

  it('does not count a slot still open against a control, and a failed slot is not a missing one', () => {
    const r = earliestStart(
      [control('a', [month(1, 'met'), month(2, 'failed'), month(3, 'missing')])],
      '2026-03-20',
    );
    assert.equal(r.date, '2026-01-01');
  });

  it('has no date while a control never operated in the window', () => {
    const r = earliestStart(
      [control('a', [month(1, 'met')]), control('never', [month(1, 'missing'), month(2, 'missing')])],
      '2026-04-01',
    );
    assert.deepEqual(r, { date: null, blocking: ['never'] });
  });
});
