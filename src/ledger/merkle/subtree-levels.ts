/**
 * Every complete node of the tree over a run of leaves, level by level: what a verify worker computes
 * for its own aligned range of the ledger, so the thread that combines the ranges folds one hash per
 * range instead of one per leaf. Positions here are local to the run; a run that starts at a multiple
 * of 2^L has the same nodes up to level L as the whole tree has over those leaves.
 */
import { HASH_SIZE, writeChildrenHash } from './hash.ts';

export class SubtreeLevels {
  /** levels[l] holds the floor(count / 2^l) complete nodes of level l, 32 bytes each, left to right. */
  readonly #levels: Buffer[];
  readonly count: number;

  /** `leafHashes` holds `count` leaf hashes of 32 bytes each, in order (it is read, not kept). */
  constructor(leafHashes: Uint8Array, count: number) {
    if (!Number.isSafeInteger(count) || count < 0 || leafHashes.length < count * HASH_SIZE)
      throw new RangeError(`need ${count} leaf hashes of ${HASH_SIZE} bytes`);
    this.count = count;
    this.#levels = [Buffer.from(leafHashes.subarray(0, count * HASH_SIZE))];
    for (let below = this.#levels[0] as Buffer, n = Math.floor(count / 2); n > 0; n = Math.floor(n / 2)) {
      const level = Buffer.allocUnsafe(n * HASH_SIZE);
      for (let j = 0; j < n; j++) writeChildrenHash(below, 2 * j * HASH_SIZE, level, j * HASH_SIZE);
      this.#levels.push(level);
      below = level;
    }
  }

  /** The highest level holding a complete node (-1 for no leaves). */
  get topLevel(): number {
    return this.#levels[0]?.length ? this.#levels.length - 1 : -1;
  }

  /** How many complete nodes level `level` has. */
  width(level: number): number {
    return Math.floor(this.count / 2 ** level);
  }

  /** A copy of the hash of node `index` of level `level` (local position). */
  node(level: number, index: number): Buffer {
    if (index < 0 || index >= this.width(level)) throw new RangeError(`no complete node ${level}/${index}`);
    const at = index * HASH_SIZE;
    return Buffer.from((this.#levels[level] as Buffer).subarray(at, at + HASH_SIZE));
  }

  /** The hash of node `index` of level `level` (local position), as lowercase hex. */
  hex(level: number, index: number): string {
    if (index < 0 || index >= this.width(level)) throw new RangeError(`no complete node ${level}/${index}`);
    const at = index * HASH_SIZE;
    return (this.#levels[level] as Buffer).toString('hex', at, at + HASH_SIZE);
  }

  /**
   * The hashes of the complete subtrees that make up the first `m` leaves, largest first: a frontier's
   * state at local size m (RFC 9162 decomposition of [0, m)).
   */
  frontier(m: number): Buffer[] {
    if (!Number.isSafeInteger(m) || m < 0 || m > this.count)
      throw new RangeError(`size ${m} is outside 0..${this.count}`);
    const hashes: Buffer[] = [];
    let start = 0;
    for (let level = Math.floor(Math.log2(m || 1)) + 1; level >= 0; level--) {
      const width = 2 ** level;
      if (start + width > m) continue;
      hashes.push(this.node(level, start / width));
      start += width;
    }
    return hashes;
  }
}
