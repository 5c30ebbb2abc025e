import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { columnName, MAX_COLUMNS } from './column-name.ts';

const indexOf = (name: string) => [...name].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

describe('columnName', () => {
  it('names the columns as Excel does', () => {
    assert.deepEqual([0, 25, 26, 51, 52, 701, 702, MAX_COLUMNS - 1].map(columnName), [
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  it('is a bijective base-26 numeral', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (i) => {
        assert.match(columnName(i), /^[A-Z]{1,3}$/);
        assert.equal(indexOf(columnName(i)), i);
      }),
    );
  });

  it('refuses columns Excel does not have', () => {
    assert.throws(() => columnName(MAX_COLUMNS), RangeError);
    assert.throws(() => columnName(-1), RangeError);
  });
});
