import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sampleSeed } from './sample-seed.ts';
import { seededRandom } from './seeded-random.ts';

/** r_i written out from the contract: the first 6 bytes of SHA-256(seed_hash ‖ i as 4 bytes big-endian). */
function block(seedHash: Uint8Array, i: number): number {
  const index = Buffer.alloc(4);
  index.writeUInt32BE(i);
  return createHash('sha256').update(seedHash).update(index).digest().readUIntBE(0, 6);
}

describe('seed hash and seeded random numbers (DESIGN.md §6)', () => {
  it('hashes the canonical JSON array [seed, control id, population hash] (pins the contract)', () => {
    const population = '3025f8c36b10a1ba55c73109905e4282884ee1265cf588f89dd66671381ecf93';
    const bytes = `["example-cloud-2026","vuln-scan","${population}"]`;
    const expected = createHash('sha256').update(bytes, 'utf8').digest('hex');
    assert.equal(sampleSeed('example-cloud-2026', 'vuln-scan', population).toString('hex'), expected);
    assert.equal(expected, '23802194a54cda4de51052cc3a19763a6adf8574b764e38985034ce4a59d81a8');
    // A seed with a quote or a non-ASCII character is escaped as RFC 8785 says, not concatenated.
    assert.equal(
      sampleSeed('audit "2026" – été', 'c', population).toString('hex'),
      createHash('sha256').update(`["audit \\"2026\\" – été","c","${population}"]`, 'utf8').digest('hex'),
    );
  });

  it('draws the pinned numbers from an all-zero seed hash (pins the contract)', () => {
    const random = seededRandom(Buffer.alloc(32));
    assert.deepEqual(
      [1, 2, 3, 10, 1000, 2 ** 48].map((m) => random.below(m)),
      [0, 0, 1, 3, 926, 93778057273170],
    );
  });

  it('is r_i mod m over consecutive counter blocks', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 20 }),
        (seedHash, bounds) => {
          const random = seededRandom(seedHash);
          // With bounds this small a block is discarded with probability < 1e-9, so block i serves draw i.
          for (const [i, m] of bounds.entries()) assert.equal(random.below(m), block(seedHash, i) % m);
        },
      ),
    );
  });

  it('discards a block at or above the largest multiple of m below 2^48 and takes the next', () => {
    // For m = 2^47 + 1 the limit is m itself, so about half the blocks are discarded.
    const m = 2 ** 47 + 1;
    let discarded = 0;
    for (let s = 0; s < 20; s++) {
      const seedHash = createHash('sha256').update(`seed ${s}`).digest();
      let i = 0;
      while (block(seedHash, i) >= m) i++;
      discarded += i;
      const random = seededRandom(seedHash);
      assert.equal(random.below(m), block(seedHash, i));
      assert.equal(random.below(1), 0); // the next draw starts after the block used
      assert.equal(random.below(2 ** 48), block(seedHash, i + 2));
    }
    assert.ok(discarded > 0, 'some block was discarded');
  });

  it('refuses a bound outside 1 … 2^48', () => {
    const random = seededRandom(Buffer.alloc(32));
    for (const bad of [0, -1, 1.5, 2 ** 48 + 1, Number.NaN])
      assert.throws(() => random.below(bad), RangeError);
  });

  it('spreads draws evenly', () => {
    const random = seededRandom(createHash('sha256').update('even').digest());
    const counts = [0, 0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 7000; i++) counts[random.below(7)]!++;
    for (const count of counts) assert.ok(count > 850 && count < 1150, `${counts}`);
  });
});
