import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EMPTY_ROOT, hashChildren } from './hash.ts';
import {
  foldSubtrees,
  isNodeRange,
  isPowerOfTwo,
  largestPowerOfTwoBelow,
  type Range,
  rangeHash,
  subtreeRange,
  subtreesOf,
} from './ranges.ts';
import { TestTree } from './test-tree.ts';

const MAX = Number.MAX_SAFE_INTEGER;

/** Every node range [start, end) with end <= n, the empty tree included. */
function nodeRangesUpTo(n: number): Range[] {
  const out: Range[] = [];
  for (let start = 0; start <= n; start++) {
    for (let end = start; end <= n; end++) {
      if (isNodeRange({ start, end })) out.push({ start, end });
    }
  }
  return out;
}

/** A random node range of at most `maxLength` leaves ending at or below `limit`. */
const nodeRange = (maxLength: number, limit = MAX) =>
  fc.integer({ min: 1, max: maxLength }).chain((length) => {
    let width = 1;
    while (width < length) width *= 2;
    return fc
      .integer({ min: 0, max: Math.floor((limit - length) / width) })
      .map((slot) => ({ start: slot * width, end: slot * width + length }));
  });

describe('largestPowerOfTwoBelow', () => {
  it('is the k of RFC 9162 §2.1.1', () => {
    const table: [number, number][] = [
      [2, 1],
      [3, 2],
      [4, 2],
      [5, 4],
      [8, 4],
      [9, 8],
      [1000, 512],
      [2 ** 32, 2 ** 31],
      [2 ** 32 + 1, 2 ** 32],
      [2 ** 52 + 1, 2 ** 52],
      [MAX, 2 ** 52],
    ];
    for (const [n, k] of table) assert.equal(largestPowerOfTwoBelow(n), k, `n = ${n}`);
  });

  it('refuses n < 2 and non-integers', () => {
    for (const n of [0, 1, -4, 2.5, Number.NaN, Number.POSITIVE_INFINITY, MAX + 1]) {
      assert.throws(() => largestPowerOfTwoBelow(n), RangeError, `n = ${n}`);
    }
  });

  it('satisfies k < n <= 2k for all n > 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: MAX }), (n) => {
        const k = largestPowerOfTwoBelow(n);
        assert.ok(isPowerOfTwo(k) && k < n && n <= 2 * k);
      }),
    );
  });
});

describe('isPowerOfTwo', () => {
  it('knows its powers, including beyond 32 bits', () => {
    for (let j = 0; j <= 52; j++) assert.ok(isPowerOfTwo(2 ** j), `2^${j}`);
    for (const n of [0, 3, 6, 12, 2 ** 31 + 2 ** 30, 2 ** 40 + 1, MAX, -2, 0.5])
      assert.ok(!isPowerOfTwo(n), `${n}`);
  });
});

describe('subtreesOf', () => {
  it('decomposes node ranges into aligned complete subtrees, largest first', () => {
    assert.deepEqual(subtreesOf({ start: 0, end: 0 }), []);
    assert.deepEqual(subtreesOf({ start: 0, end: 1 }), [{ level: 0, index: 0 }]);
    assert.deepEqual(subtreesOf({ start: 0, end: 8 }), [{ level: 3, index: 0 }]);
    assert.deepEqual(subtreesOf({ start: 0, end: 7 }), [
      { level: 2, index: 0 },
      { level: 1, index: 2 },
      { level: 0, index: 6 },
    ]);
    assert.deepEqual(subtreesOf({ start: 8, end: 13 }), [
      { level: 2, index: 2 },
      { level: 0, index: 12 },
    ]);
    assert.deepEqual(subtreesOf({ start: 2 ** 40, end: 2 ** 40 + 3 }), [
      { level: 1, index: 2 ** 39 },
      { level: 0, index: 2 ** 40 + 2 },
    ]);
  });

  it('refuses ranges that are not nodes of any RFC tree', () => {
    const bad: Range[] = [
      { start: 1, end: 3 }, // length 2 must start at a multiple of 2
      { start: 6, end: 9 }, // length 3 must start at a multiple of 4
      { start: 2, end: 5 },
      { start: 3, end: 3 }, // the only empty node range is the empty tree
      { start: 5, end: 4 },
      { start: -1, end: 0 },
      { start: 0, end: 1.5 },
      { start: 0, end: MAX + 1 },
    ];
    for (const range of bad) {
      assert.ok(!isNodeRange(range));
      assert.throws(() => subtreesOf(range), RangeError, JSON.stringify(range));
    }
  });

  it('tiles any node range with contiguous, aligned, strictly shrinking subtrees (up to 2^53)', () => {
    fc.assert(
      fc.property(nodeRange(MAX), (range) => {
        const pieces = subtreesOf(range);
        let position = range.start;
        let previous = Number.POSITIVE_INFINITY;
        for (const { level, index } of pieces) {
          const r = subtreeRange(level, index);
          assert.equal(r.start, position);
          assert.ok(level < previous);
          position = r.end;
          previous = level;
        }
        assert.equal(position, range.end);
      }),
      { numRuns: 500 },
    );
  });
});

describe('rangeHash', () => {
  const tree = new TestTree(128);

  it('equals the recursive MTH for every node range within 128 leaves', () => {
    const ranges = nodeRangesUpTo(128);
    // Per length L, the starts that are multiples of the next power of two W and fit: 1 + (128 - L) / W
    // of them; plus the empty tree.
    let expected = 1;
    for (let length = 1; length <= 128; length++) {
      let width = 1;
      while (width < length) width *= 2;
      expected += 1 + Math.floor((128 - length) / width);
    }
    assert.equal(ranges.length, expected);
    for (const range of ranges) {
      const got = rangeHash(range, tree.reader(range));
      assert.deepEqual(got, tree.mth(range), `[${range.start}, ${range.end})`);
    }
  });

  it('folds from the right, which a left fold does not reproduce', () => {
    const range = { start: 0, end: 7 };
    const [a, b, c] = subtreesOf(range).map(({ level, index }) => tree.mth(subtreeRange(level, index)));
    const right = hashChildren(a!, hashChildren(b!, c!));
    const left = hashChildren(hashChildren(a!, b!), c!);
    assert.deepEqual(rangeHash(range, tree.reader(range)), right);
    assert.notDeepEqual(right, left);
  });

  it('equals the recursive MTH for random node ranges of up to 3000 leaves', () => {
    const big = new TestTree(4096, 'random');
    fc.assert(
      fc.property(nodeRange(3000, 4096), (range) => {
        assert.deepEqual(rangeHash(range, big.reader(range)), big.mth(range));
      }),
      { numRuns: 60 },
    );
  });

  it('returns MTH({}) for the empty tree and rejects malformed stored hashes', () => {
    assert.deepEqual(
      rangeHash({ start: 0, end: 0 }, () => assert.fail('no subtree needed')),
      EMPTY_ROOT,
    );
    assert.throws(() => rangeHash({ start: 0, end: 3 }, () => Buffer.alloc(31)), TypeError);
    assert.throws(() => foldSubtrees([Buffer.alloc(32), Buffer.alloc(33)]), TypeError);
    assert.deepEqual(foldSubtrees([]), EMPTY_ROOT);
  });

  it('hands out copies, never the stored buffers or EMPTY_ROOT itself', () => {
    const stored = Buffer.alloc(32, 7);
    const got = rangeHash({ start: 0, end: 1 }, () => stored);
    got[0] = 0;
    assert.equal(stored[0], 7);
    const empty = rangeHash({ start: 0, end: 0 }, () => stored);
    empty.fill(0);
    assert.notDeepEqual(empty, EMPTY_ROOT);
  });
});
