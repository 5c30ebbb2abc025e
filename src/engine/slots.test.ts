import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../core/dates.ts';
import { FREQUENCIES } from '../core/frequency.ts';
import { isoWeekLabel, slotsOf } from './slots.ts';

const date = fc
  .date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2098-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('slots of a period (DESIGN.md §5)', () => {
  it('labels ISO weeks by the year of their Thursday', () => {
    assert.equal(isoWeekLabel('2026-03-30'), '2026-W14');
    assert.equal(isoWeekLabel('2024-12-30'), '2025-W01');
    assert.equal(isoWeekLabel('2021-01-04'), '2021-W01');
    assert.equal(isoWeekLabel('2020-12-28'), '2020-W53');
  });

  it('counts the slots of a calendar year', () => {
    const year = { start: '2026-01-01', end: '2026-12-31' };
    assert.equal(slotsOf('daily', year).length, 365);
    assert.equal(slotsOf('continuous', year).length, 365);
    assert.equal(slotsOf('weekly', year).length, 52); // Mondays 2026-01-05 … 2026-12-28
    assert.equal(slotsOf('weekly', year)[0]?.label, '2026-W02');
    assert.deepEqual(
      slotsOf('monthly', year).map((s) => s.label),
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    assert.deepEqual(
      slotsOf('quarterly', year).map((s) => s.label),
      ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'],
    );
    assert.deepEqual(slotsOf('annual', year), [
      {
        label: 'annual',
        start: '2026-01-01',
        end: '2026-12-31',
        window_start: '2026-01-01',
        window_end: '2026-12-31',
      },
    ]);
    assert.deepEqual(slotsOf('event', year), []);
  });

  it('expects a slot only when its first day lies in the period, and does not clip it', () => {
    const p = { start: '2026-01-15', end: '2026-04-10' };
    const months = slotsOf('monthly', p);
    assert.deepEqual(
      months.map((s) => [s.label, s.start, s.end]),
      [
        ['2026-02', '2026-02-01', '2026-02-28'],
        ['2026-03', '2026-03-01', '2026-03-31'],
        ['2026-04', '2026-04-01', '2026-04-30'],
      ],
    );
    assert.deepEqual(
      slotsOf('quarterly', p).map((s) => s.label),
      ['2026-Q2'],
    );
    assert.equal(
      slotsOf('annual', { start: '2026-01-01', end: '2026-06-30' })[0]?.window_start,
      '2025-07-01',
    );
  });

  it('extends windows by the grace days', () => {
    const [w] = slotsOf('weekly', { start: '2026-03-30', end: '2026-04-05' }, 3);
    assert.deepEqual(w, {
      label: '2026-W14',
      start: '2026-03-30',
      end: '2026-04-05',
      window_start: '2026-03-30',
      window_end: '2026-04-08',
    });
  });

  it('for any period, every slot starts in it, slots are ordered and disjoint, and none is left out', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom(...FREQUENCIES),
        (start, len, f) => {
          const period = { start, end: addDays(start, len) };
          const slots = slotsOf(f, period);
          for (const s of slots) {
            if (f !== 'annual')
              assert.ok(s.start >= period.start && s.start <= period.end, `${f} ${s.label}`);
            assert.ok(s.start <= s.end);
          }
          for (let i = 1; f !== 'annual' && i < slots.length; i++) {
            assert.equal(addDays((slots[i - 1] as { end: string }).end, 1), slots[i]?.start);
          }
          if (f === 'daily') assert.equal(slots.length, len + 1);
          if (f === 'weekly') {
            let mondays = 0;
            for (let d = period.start; d <= period.end; d = addDays(d, 1))
              if (new Date(`${d}T00:00:00Z`).getUTCDay() === 1) mondays++;
            assert.equal(slots.length, mondays);
          }
          if (f === 'weekly')
            for (const s of slots) assert.equal(new Date(`${s.start}T00:00:00Z`).getUTCDay(), 1);
          if (f === 'monthly') for (const s of slots) assert.equal(s.start.slice(8), '01');
        },
      ),
    );
  });
});
