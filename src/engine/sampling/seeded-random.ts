import { createHash } from 'node:crypto';

/** 2^48: the draws are 6-byte integers, exact in a JavaScript number. */
const RANGE = 2 ** 48;
const MAX_COUNTER = 0xffff_ffff;

export type SeededRandom = {
  /** A whole number in [0, m), uniformly; `m` from 1 to 2^48. */
  below(m: number): number;
};

/**
 * Random numbers from SHA-256 in counter mode (no `Math.random`). Public contract: the i-th block
 * (i = 0, 1, 2, …) is
 *
 *     block_i = SHA-256( seed_hash ‖ i as 4 bytes, big-endian )
 *     r_i     = the first 6 bytes of block_i, read as a big-endian unsigned integer (0 ≤ r_i < 2^48)
 *
 * `below(m)` takes the next unused block: if r_i < ⌊2^48 / m⌋ · m it returns r_i mod m, otherwise it
 * discards the block and takes the next one (so every value is exactly equally likely; for populations
 * of any realistic size a block is discarded with probability below 1 in 10^9).
 */
export function seededRandom(seedHash: Uint8Array): SeededRandom {
  let counter = 0;
  const next = (): number => {
    if (counter > MAX_COUNTER) throw new RangeError('seeded random: counter exhausted');
    const index = Buffer.alloc(4);
    index.writeUInt32BE(counter++);
    return createHash('sha256').update(seedHash).update(index).digest().readUIntBE(0, 6);
  };
  return {
    below(m) {
      if (!Number.isSafeInteger(m) || m < 1 || m > RANGE) {
        throw new RangeError(`seeded random: bound must be a whole number from 1 to 2^48, not ${m}`);
      }
      const limit = Math.floor(RANGE / m) * m;
      for (;;) {
        const r = next();
        if (r < limit) return r % m;
      }
    },
  };
}
