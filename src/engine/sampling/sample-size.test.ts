import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FREQUENCIES } from '../../core/frequency.ts';
import { sampleSize } from './sample-size.ts';
import { DEFAULT_SAMPLE_TABLE } from './sample-table.ts';
import type { SampleTable } from './sample-table-schema.ts';
import { sizeLadder } from './size-ladder.ts';

const plain = { priorExceptions: false };
const prior = { priorExceptions: true };

describe('sample sizes (DESIGN.md §6)', () => {
  it('sizes each periodic frequency from the table when the population is larger', () => {
    const rows: [Parameters<typeof sampleSize>[0], number][] = [
      ['annual', 1],
      ['quarterly', 2],
      ['monthly', 2],
      ['weekly', 5],
      ['daily', 25],
      ['continuous', 25],
      ['multi_daily', 40],
    ];
    for (const [frequency, size] of rows) assert.equal(sampleSize(frequency, 10_000, plain), size, frequency);
  });

  it('sizes a year of slots', () => {
    assert.equal(sampleSize('annual', 1, plain), 1);
    assert.equal(sampleSize('quarterly', 4, plain), 2);
    assert.equal(sampleSize('monthly', 12, plain), 2);
    assert.equal(sampleSize('weekly', 52, plain), 5);
    assert.equal(sampleSize('daily', 365, plain), 25);
    assert.equal(sampleSize('continuous', 365, plain), 25);
  });

  it('sizes event populations by band, at every boundary', () => {
    const cases: [number, number][] = [
      [0, 0],
      [1, 1],
      [8, 8],
      [9, 9],
      [10, 10], // ≤ 10: all
      [11, 8], // 11–50: 8
      [50, 8],
      [51, 15], // 51–250: 15
      [250, 15],
      [251, 25], // > 250: 25
      [100_000, 25],
    ];
    for (const [population, size] of cases)
      assert.equal(sampleSize('event', population, plain), size, `${population}`);
  });

  it('tests every item when the population is no larger than the size', () => {
    assert.equal(sampleSize('daily', 25, plain), 25);
    assert.equal(sampleSize('daily', 24, plain), 24);
    assert.equal(sampleSize('weekly', 3, plain), 3);
    assert.equal(sampleSize('monthly', 0, plain), 0);
    assert.equal(sampleSize('annual', 0, plain), 0);
  });

  it('moves a control with prior exceptions up one size of the ladder', () => {
    assert.deepEqual(sizeLadder(DEFAULT_SAMPLE_TABLE), [1, 2, 5, 8, 15, 25, 40]);
    const big = 10_000;
    assert.equal(sampleSize('annual', big, prior), 2);
    assert.equal(sampleSize('quarterly', big, prior), 5);
    assert.equal(sampleSize('monthly', big, prior), 5);
    assert.equal(sampleSize('weekly', big, prior), 8);
    assert.equal(sampleSize('daily', big, prior), 40);
    assert.equal(sampleSize('continuous', big, prior), 40);
    assert.equal(sampleSize('multi_daily', big, prior), 40); // the largest size stays
    assert.equal(sampleSize('event', 10, prior), 10); // all stays all
    assert.equal(sampleSize('event', 11, prior), 11); // 8 → 15, which is more than the 11 there are
    assert.equal(sampleSize('event', 30, prior), 15);
    assert.equal(sampleSize('event', 50, prior), 15);
    assert.equal(sampleSize('event', 51, prior), 25);
    assert.equal(sampleSize('event', 251, prior), 40);
  });

  it('steps up before capping at the population', () => {
    assert.equal(sampleSize('monthly', 12, prior), 5);
    assert.equal(sampleSize('weekly', 6, prior), 6);
    assert.equal(sampleSize('annual', 1, prior), 1);
    assert.equal(sampleSize('quarterly', 4, prior), 4);
  });

  it('uses an override table, its ladder included', () => {
    const table: SampleTable = {
      frequency: { ...DEFAULT_SAMPLE_TABLE.frequency, monthly: 3, weekly: 'all' },
      event: [{ up_to: 20, size: 'all' }, { up_to: 100, size: 10 }, { size: 30 }],
    };
    assert.deepEqual(sizeLadder(table), [1, 2, 3, 10, 25, 30, 40]);
    assert.equal(sampleSize('monthly', 12, { priorExceptions: false, table }), 3);
    assert.equal(sampleSize('quarterly', 4, { priorExceptions: true, table }), 3);
    assert.equal(sampleSize('weekly', 52, { priorExceptions: false, table }), 52);
    assert.equal(sampleSize('weekly', 52, { priorExceptions: true, table }), 52);
    assert.equal(sampleSize('event', 20, { priorExceptions: false, table }), 20);
    assert.equal(sampleSize('event', 21, { priorExceptions: false, table }), 10);
    assert.equal(sampleSize('event', 101, { priorExceptions: false, table }), 30);
    assert.equal(sampleSize('event', 101, { priorExceptions: true, table }), 40);
    // The default table is untouched and cannot be changed in place.
    assert.equal(sampleSize('monthly', 12, plain), 2);
    assert.throws(() => {
      (DEFAULT_SAMPLE_TABLE.frequency as { monthly: number }).monthly = 9;
    }, TypeError);
  });

  it('refuses a population size that is not a whole number ≥ 0', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => sampleSize('weekly', bad, plain), RangeError);
    }
  });

  it('never exceeds the population, never tests fewer with prior exceptions, and is 0 only when empty', () => {
    const frequency = fc.constantFrom(...FREQUENCIES, 'multi_daily' as const);
    fc.assert(
      fc.property(frequency, fc.nat({ max: 2000 }), (f, n) => {
        const base = sampleSize(f, n, plain);
        const up = sampleSize(f, n, prior);
        assert.ok(base <= n && up <= n);
        assert.ok(up >= base);
        assert.equal(base === 0, n === 0);
      }),
    );
  });
});
