/**
 * Merkle audit paths: RFC 9162 §2.1.3 (the same construction as RFC 6962 §2.1.1).
 */
import { equalHashes, hashChildren, isHash } from './hash.ts';
import { isTreeSize, largestPowerOfTwoBelow, type Range, rangeHash, type SubtreeReader } from './ranges.ts';

/** The inputs to {@link verifyInclusion}, named after RFC 9162 §2.1.3.2. */
export type InclusionCheck = {
  /** leaf_index: zero-based position of the leaf. */
  index: number;
  /** tree_size of the tree head the proof is against. */
  size: number;
  /** hash: the leaf's MTH, i.e. hashLeaf of its bytes. */
  leafHash: Uint8Array;
  /** inclusion_path, bottom-up. */
  proof: readonly Uint8Array[];
  /** root_hash of the tree head. */
  root: Uint8Array;
};

/**
 * The leaf ranges whose MTHs form PATH(index, D[size]) (RFC 9162 §2.1.3.1), in the order the
 * verifier consumes them: the leaf's sibling first, the root's other child last.
 *
 * The RFC defines PATH top-down and appends each sibling after the recursive part
 * (PATH(m, D[0:k]) : MTH(D[k:n])), so walking down from the root and reversing gives its order.
 * Every range returned is a node range, so {@link rangeHash} can build it from stored subtrees.
 */
export function inclusionRanges(index: number, size: number): Range[] {
  if (!isTreeSize(size) || !isTreeSize(index) || index >= size) {
    throw new RangeError(`no leaf ${index} in a tree of size ${size}`);
  }
  const path: Range[] = [];
  let lo = 0;
  let hi = size;
  while (hi - lo > 1) {
    const mid = lo + largestPowerOfTwoBelow(hi - lo);
    if (index < mid) {
      // m < k: PATH(m, D[0:k]) : MTH(D[k:n])
      path.push({ start: mid, end: hi });
      hi = mid;
    } else {
      // m >= k: PATH(m - k, D[k:n]) : MTH(D[0:k])
      path.push({ start: lo, end: mid });
      lo = mid;
    }
  }
  return path.reverse();
}

/** PATH(index, D[size]) as hashes, each built from stored subtrees by {@link rangeHash}. */
export function inclusionProof(index: number, size: number, getSubtree: SubtreeReader): Buffer[] {
  return inclusionRanges(index, size).map((range) => rangeHash(range, getSubtree));
}

/**
 * Verifies an audit path with the algorithm of RFC 9162 §2.1.3.2, step for step. Returns false,
 * never throws, for anything that is not a valid proof: sizes or indices that are not safe
 * non-negative integers, index >= size, hashes that are not 32 bytes, a path that is too long
 * (step 4a) or too short (step 5), or any hash mismatch.
 */
export function verifyInclusion(check: InclusionCheck): boolean {
  try {
    const { index, size, leafHash, proof, root } = check;
    // Step 1: leaf_index must lie inside the tree.
    if (!isTreeSize(size) || !isTreeSize(index) || index >= size) return false;
    if (!isHash(leafHash) || !isHash(root) || !Array.isArray(proof)) return false;
    // Step 2.
    let fn = index;
    let sn = size - 1;
    // Step 3.
    let r: Uint8Array = leafHash;
    // Step 4. The loop is bounded by sn halving each round (4a), not by the proof's length.
    for (const p of proof) {
      if (!isHash(p)) return false;
      // 4a: more elements than the tree has levels.
      if (sn === 0) return false;
      if (fn % 2 === 1 || fn === sn) {
        // 4b: p is a left sibling.
        r = hashChildren(p, r);
        // 4b.ii: on the right edge, skip the levels where this node has no sibling.
        if (fn % 2 === 0) {
          while (fn % 2 === 0 && fn !== 0) {
            fn /= 2;
            sn = Math.floor(sn / 2);
          }
        }
      } else {
        // 4b otherwise: p is a right sibling.
        r = hashChildren(r, p);
      }
      // 4c.
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    // Step 5: every level consumed, and the recomputed root matches.
    return sn === 0 && equalHashes(r, root);
  } catch {
    // A throwing getter or proxy in the input is bad input too.
    return false;
  }
}
