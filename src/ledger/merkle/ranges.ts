/**
 * Leaf ranges and the complete, aligned subtrees that make them up.
 *
 * The ledger stores the hash of every complete aligned subtree — level L, index i covers leaves
 * [i·2^L, (i+1)·2^L) — and nothing else. Every node of an RFC 9162 tree is either such a subtree
 * or a right-edge node whose range is cut short by the tree size; this module turns the latter
 * into the former so that any node hash (and so any proof element) is a fold of a few stored
 * hashes instead of a recursion over all the leaves beneath it.
 */
import { emptyRoot, HASH_SIZE, hashChildren, isHash } from './hash.ts';

/** A half-open interval [start, end) of leaf indices. */
export type Range = { start: number; end: number };

/** The complete aligned subtree of 2^level leaves starting at leaf index·2^level. */
export type Subtree = { level: number; index: number };

/** Reads a stored subtree hash; called only with subtrees that are complete in the caller's tree. */
export type SubtreeReader = (level: number, index: number) => Uint8Array;

/**
 * Sizes and indices stay at or below Number.MAX_SAFE_INTEGER so that every sum, product and
 * halving below is exact. Bitwise operators are avoided throughout: they truncate to 32 bits.
 */
export function isTreeSize(n: unknown): n is number {
  return Number.isSafeInteger(n) && (n as number) >= 0;
}

/**
 * The k of RFC 9162 §2.1.1: the largest power of two smaller than n, defined for n > 1. Every
 * split point in the RFC's tree, audit path and consistency proof definitions is this k.
 */
export function largestPowerOfTwoBelow(n: number): number {
  if (!Number.isSafeInteger(n) || n < 2) {
    throw new RangeError(`largestPowerOfTwoBelow needs an integer n > 1 (RFC 9162 §2.1.1), got ${n}`);
  }
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** True when n is 2^j for some j ≥ 0. */
export function isPowerOfTwo(n: number): boolean {
  if (!Number.isSafeInteger(n) || n < 1) return false;
  let m = n;
  while (m % 2 === 0) m /= 2;
  return m === 1;
}

/** The leaves covered by a complete aligned subtree. */
export function subtreeRange(level: number, index: number): Range {
  if (!Number.isSafeInteger(level) || level < 0 || level > 53 || !isTreeSize(index)) {
    throw new RangeError(`no subtree at level ${level}, index ${index}`);
  }
  const width = 2 ** level;
  const end = (index + 1) * width;
  if (!Number.isSafeInteger(end)) throw new RangeError(`subtree ${level}/${index} lies beyond 2^53 leaves`);
  return { start: index * width, end };
}

/**
 * True when `range` is a node of some RFC 9162 tree: its start is a multiple of the smallest power
 * of two not below its length. Those are exactly the ranges the RFC recursion visits (each split
 * at k keeps both halves aligned this way), and the only ones whose left pieces are stored
 * subtrees. The empty range is accepted only as [0, 0), the empty tree, so that an off-by-one
 * elsewhere cannot silently hash to MTH({}).
 */
export function isNodeRange(range: Range): boolean {
  const { start, end } = range;
  if (!isTreeSize(start) || !isTreeSize(end) || start > end) return false;
  if (start === end) return start === 0;
  let width = 1;
  while (width < end - start) width *= 2;
  return start % width === 0;
}

/**
 * The complete aligned subtrees whose hashes combine into MTH(D[start:end]), largest (leftmost)
 * first: the binary decomposition of the range's length. RFC 9162 §2.1.1 splits a list of n > 1
 * leaves at k, the largest power of two below n; for an aligned range the left part [start,
 * start+k) is itself a complete aligned subtree, and the right part is again an aligned range, so
 * unrolling the recursion peels off the set bits of the length from the top.
 */
export function subtreesOf(range: Range): Subtree[] {
  if (!isNodeRange(range)) {
    throw new RangeError(
      `[${range.start}, ${range.end}) is not a node range of an RFC 9162 tree: its start must be a multiple of the smallest power of two not below its length`,
    );
  }
  const pieces: Subtree[] = [];
  let remaining = range.end - range.start;
  let position = range.start;
  let level = 0;
  while (2 ** (level + 1) <= remaining) level++;
  for (; remaining > 0; level--) {
    const width = 2 ** level;
    if (width <= remaining) {
      pieces.push({ level, index: position / width });
      position += width;
      remaining -= width;
    }
  }
  return pieces;
}

/**
 * Combines the hashes of a range's decomposition (in {@link subtreesOf} order) into its MTH.
 * The RFC's split puts the largest piece on the left and everything after it under one right
 * child, so the fold runs from the right: node(p0, node(p1, ... node(p_{k-2}, p_{k-1}))). A left
 * fold node(node(p0, p1), p2) would be a different tree whenever there are three or more pieces.
 */
export function foldSubtrees(hashes: readonly Uint8Array[]): Buffer {
  if (hashes.length === 0) return emptyRoot();
  for (const h of hashes) {
    if (!isHash(h)) throw new TypeError(`a subtree hash must be ${HASH_SIZE} bytes`);
  }
  let acc: Buffer = Buffer.from(hashes[hashes.length - 1]!);
  for (let i = hashes.length - 2; i >= 0; i--) acc = hashChildren(hashes[i]!, acc);
  return acc;
}

/**
 * MTH(D[start:end]) from stored subtree hashes: `getSubtree` is called once for each piece of
 * {@link subtreesOf}, left to right, and the results are folded per RFC 9162 §2.1.1.
 */
export function rangeHash(range: Range, getSubtree: SubtreeReader): Buffer {
  const hashes = subtreesOf(range).map(({ level, index }) => {
    const h = getSubtree(level, index);
    if (!isHash(h)) {
      throw new TypeError(`stored hash of subtree ${level}/${index} is not ${HASH_SIZE} bytes`);
    }
    return h;
  });
  return foldSubtrees(hashes);
}
