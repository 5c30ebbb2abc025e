/**
 * Test support, not part of the public API: a deterministic tree whose node hashes come from the
 * reference rootOf, a bit-flipper, and a symbolic model of what a proof commits to, used to
 * predict exactly when a proof for one (index, size) must also verify for another.
 */
import assert from 'node:assert/strict';
import { consistencyRanges } from './consistency.ts';
import { hashLeaf } from './hash.ts';
import { inclusionRanges } from './inclusion.ts';
import {
  isPowerOfTwo,
  largestPowerOfTwoBelow,
  type Range,
  type SubtreeReader,
  subtreeRange,
} from './ranges.ts';
import { rootOf } from './root.ts';

export class TestTree {
  readonly leaves: readonly Buffer[];
  readonly #memo = new Map<string, Buffer>();

  constructor(size: number, label = 'evident leaf') {
    this.leaves = Array.from({ length: size }, (_, i) => hashLeaf(Buffer.from(`${label} ${i}`)));
  }

  /** MTH(D[start:end]) by the reference implementation, memoised. */
  mth(range: Range): Buffer {
    const key = `${range.start}:${range.end}`;
    let hash = this.#memo.get(key);
    if (hash === undefined) {
      assert.ok(range.end <= this.leaves.length, `range ${key} is outside the test tree`);
      hash = rootOf(this.leaves.slice(range.start, range.end));
      this.#memo.set(key, hash);
    }
    return hash;
  }

  /** A stored-subtree reader that fails the test if asked for anything outside `within`. */
  reader(within: Range): SubtreeReader {
    return (level, index) => {
      const r = subtreeRange(level, index);
      assert.ok(
        r.start >= within.start && r.end <= within.end,
        `asked for subtree ${level}/${index} [${r.start}, ${r.end}) outside [${within.start}, ${within.end})`,
      );
      return this.mth(r);
    };
  }
}

/** A copy of `bytes` with one bit flipped. */
export function flipBit(bytes: Uint8Array, byte: number, bit: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[byte] = (copy[byte] ?? 0) ^ (1 << bit);
  return copy;
}

/** The expression MTH(D[lo:hi]) over named pieces, by the RFC 9162 §2.1.1 split. */
function expression(lo: number, hi: number, names: Map<string, string>): string {
  const name = names.get(`${lo}:${hi}`);
  if (name !== undefined) return name;
  assert.ok(hi - lo > 1, `leaf ${lo} is not covered by the proof`);
  const mid = lo + largestPowerOfTwoBelow(hi - lo);
  return `(${expression(lo, mid, names)},${expression(mid, hi, names)})`;
}

/**
 * What an inclusion proof asserts, as an expression of the root in terms of the leaf hash `L`
 * and the proof elements `p0, p1, ...`. Two (index, size) pairs with the same shape make the
 * verifier compute the same function of the same inputs, so a proof for one verifies for the
 * other; with different shapes it must not (barring a SHA-256 collision).
 */
export function inclusionShape(index: number, size: number): string {
  const key = `${index}:${size}`;
  const cached = inclusionShapes.get(key);
  if (cached !== undefined) return cached;
  const names = new Map<string, string>([[`${index}:${index + 1}`, 'L']]);
  inclusionRanges(index, size).forEach((r, j) => {
    names.set(`${r.start}:${r.end}`, `p${j}`);
  });
  const shape = expression(0, size, names);
  inclusionShapes.set(key, shape);
  return shape;
}

const inclusionShapes = new Map<string, string>();

/**
 * What a consistency proof asserts: expressions of the old and new roots in terms of the proof
 * elements `p0, ...` and, when the old size is a power of two, the supplied old root `R`
 * (RFC 9162 §2.1.4.2 step 2 prepends it because the proof omits it).
 */
export function consistencyShape(oldSize: number, newSize: number): { old: string; new: string } {
  const key = `${oldSize}:${newSize}`;
  const cached = consistencyShapes.get(key);
  if (cached !== undefined) return cached;
  const names = new Map<string, string>();
  if (isPowerOfTwo(oldSize)) names.set(`0:${oldSize}`, 'R');
  consistencyRanges(oldSize, newSize).forEach((r, j) => {
    names.set(`${r.start}:${r.end}`, `p${j}`);
  });
  const shape = { old: expression(0, oldSize, names), new: expression(0, newSize, names) };
  consistencyShapes.set(key, shape);
  return shape;
}

const consistencyShapes = new Map<string, { old: string; new: string }>();

/**
 * Whether the honest proof for (oldSize, newSize), with its two honest roots, must also verify
 * when presented as a proof for (otherOld, otherNew). The verifier's `R` is the supplied old
 * root, whose value is the honest old-root expression, so it is substituted before comparing.
 */
export function consistencyAlsoProves(
  oldSize: number,
  newSize: number,
  otherOld: number,
  otherNew: number,
): boolean {
  // An honest proof between equal sizes is empty with equal roots, which any equal sizes accept.
  if (oldSize === newSize) return otherOld === otherNew && otherOld > 0;
  if (!(otherOld > 0 && otherOld < otherNew)) return false;
  const honest = consistencyShape(oldSize, newSize);
  const other = consistencyShape(otherOld, otherNew);
  const resolve = (s: string) => s.replaceAll('R', honest.old);
  return resolve(other.old) === honest.old && resolve(other.new) === honest.new;
}

/** Whether the honest audit path for (index, size) must also verify for (otherIndex, otherSize). */
export function inclusionAlsoProves(
  index: number,
  size: number,
  otherIndex: number,
  otherSize: number,
): boolean {
  if (!(otherIndex >= 0 && otherIndex < otherSize)) return false;
  return inclusionShape(otherIndex, otherSize) === inclusionShape(index, size);
}
