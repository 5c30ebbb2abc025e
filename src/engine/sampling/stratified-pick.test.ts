import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { seededRandom } from './seeded-random.ts';
import { stratifiedPick } from './stratified-pick.ts';

const seedHash = fc.uint8Array({ minLength: 32, maxLength: 32 });

/** n and k with 0 ≤ k ≤ n. */
const sizes = fc
  .integer({ min: 0, max: 600 })
  .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: Math.min(n, 60) })));

describe('stratified selection', () => {
  it('takes one position in each of k contiguous strata of ⌊n/k⌋ or ⌈n/k⌉ positions', () => {
    fc.assert(
      fc.property(sizes, seedHash, ([n, k], seed) => {
        const picks = stratifiedPick(n, k, seededRandom(seed));
        assert.equal(picks.length, k);
        let covered = 0;
        for (let j = 0; j < k; j++) {
          const from = Math.floor((j * n) / k);
          const to = Math.floor(((j + 1) * n) / k);
          assert.equal(from, covered, 'strata are contiguous');
          assert.ok(
            to - from === Math.floor(n / k) || to - from === Math.ceil(n / k),
            'strata are as equal as possible',
          );
          assert.ok(picks[j]! >= from && picks[j]! < to, `pick ${j} (${picks[j]}) lies in [${from}, ${to})`);
          covered = to;
        }
        if (k > 0) assert.equal(covered, n, 'the strata cover the population');
      }),
    );
  });

  it('takes every position, without drawing, when k = n', () => {
    const random = {
      below: () => assert.fail('no random number is needed'),
    };
    assert.deepEqual(stratifiedPick(4, 4, random), [0, 1, 2, 3]);
    assert.deepEqual(stratifiedPick(0, 0, random), []);
  });

  it('refuses to draw more than there are', () => {
    assert.throws(() => stratifiedPick(3, 4, seededRandom(Buffer.alloc(32))), RangeError);
    assert.throws(() => stratifiedPick(3, -1, seededRandom(Buffer.alloc(32))), RangeError);
  });

  it('can pick any position of a stratum', () => {
    // 10 positions in 2 strata of 5: over many seeds each of the 10 is picked at least once.
    const seen = new Set<number>();
    for (let s = 0; s < 200; s++) {
      const seed = Buffer.alloc(32);
      seed.writeUInt32BE(s);
      for (const p of stratifiedPick(10, 2, seededRandom(seed))) seen.add(p);
    }
    assert.equal(seen.size, 10);
  });
});
