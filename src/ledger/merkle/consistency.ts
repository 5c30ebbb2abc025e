/**
 * Merkle consistency proofs: RFC 9162 §2.1.4 (the same construction as RFC 6962 §2.1.2).
 */
import { equalHashes, hashChildren, isEmptyRoot, isHash } from './hash.ts';
import {
  isPowerOfTwo,
  isTreeSize,
  largestPowerOfTwoBelow,
  type Range,
  rangeHash,
  type SubtreeReader,
} from './ranges.ts';

/** The inputs to {@link verifyConsistency}, named after RFC 9162 §2.1.4.2. */
export type ConsistencyCheck = {
  /** first: size of the earlier tree head. */
  oldSize: number;
  /** second: size of the later tree head. */
  newSize: number;
  /** first_hash. */
  oldRoot: Uint8Array;
  /** second_hash. */
  newRoot: Uint8Array;
  /** consistency_path. */
  proof: readonly Uint8Array[];
};

/**
 * The leaf ranges whose MTHs form PROOF(oldSize, D[newSize]) = SUBPROOF(m, D[n], true)
 * (RFC 9162 §2.1.4.1), in the RFC's order (deepest node first).
 *
 * The flag b stays true while the walk only ever descends to the left, i.e. while D[0:m] is
 * still a candidate for being a complete subtree of D[n]; if the walk ends there (m a power of
 * two) the RFC omits MTH(D[0:m]) because the verifier already holds it as the old root.
 *
 * The RFC defines a proof only for 0 < m < n. For m == n and for m == 0 there is nothing to
 * prove and this returns [] (see {@link verifyConsistency} for what those empty proofs mean).
 */
export function consistencyRanges(oldSize: number, newSize: number): Range[] {
  if (!isTreeSize(oldSize) || !isTreeSize(newSize) || oldSize > newSize) {
    throw new RangeError(`no consistency proof from size ${oldSize} to size ${newSize}`);
  }
  if (oldSize === 0 || oldSize === newSize) return [];
  const proof: Range[] = [];
  let lo = 0;
  let hi = newSize;
  let b = true;
  while (oldSize < hi) {
    const mid = lo + largestPowerOfTwoBelow(hi - lo);
    if (oldSize <= mid) {
      // m <= k: SUBPROOF(m, D[0:k], b) : MTH(D[k:n])
      proof.push({ start: mid, end: hi });
      hi = mid;
    } else {
      // m > k: SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])
      proof.push({ start: lo, end: mid });
      lo = mid;
      b = false;
    }
  }
  // Here hi == oldSize: SUBPROOF(m, D[m], true) = {}, SUBPROOF(m, D[m], false) = {MTH(D[m])}.
  if (!b) proof.push({ start: lo, end: hi });
  return proof.reverse();
}

/** PROOF(oldSize, D[newSize]) as hashes, each built from stored subtrees by {@link rangeHash}. */
export function consistencyProof(oldSize: number, newSize: number, getSubtree: SubtreeReader): Buffer[] {
  return consistencyRanges(oldSize, newSize).map((range) => rangeHash(range, getSubtree));
}

/**
 * Verifies a consistency proof with the algorithm of RFC 9162 §2.1.4.2, step for step, for
 * 0 < oldSize < newSize. Returns false, never throws, for anything that is not a valid proof.
 *
 * The RFC's algorithm covers only 0 < first < second; the edges are decided here as follows:
 * - oldSize == 0: valid iff the proof is empty and oldRoot is MTH({}). The empty tree has exactly
 *   one root, so a size-0 head claiming another is not a head of any RFC 9162 log. newRoot cannot
 *   be checked against nothing, so any 32-byte value is accepted, except that for newSize == 0 it
 *   must be MTH({}) too.
 * - 0 < oldSize == newSize: valid iff the proof is empty and the two roots are equal.
 * - oldSize > newSize, non-integer or unsafe sizes, or any hash that is not 32 bytes: invalid.
 */
export function verifyConsistency(check: ConsistencyCheck): boolean {
  try {
    const { oldSize: first, newSize: second, oldRoot, newRoot, proof } = check;
    if (!isTreeSize(first) || !isTreeSize(second) || first > second) return false;
    if (!isHash(oldRoot) || !isHash(newRoot) || !Array.isArray(proof)) return false;
    if (first === 0) {
      // Nothing to prove, but the size-0 head must be the empty tree's (see above).
      const emptyOld = isEmptyRoot(oldRoot) && (second > 0 || isEmptyRoot(newRoot));
      return proof.length === 0 && emptyOld;
    }
    if (first === second) return proof.length === 0 && equalHashes(oldRoot, newRoot);
    // Step 1.
    if (proof.length === 0) return false;
    // Step 2: prepend first_hash when first is a power of two. Done by indexing, not copying,
    // so an absurdly long proof costs nothing before step 6a rejects it.
    const offset = isPowerOfTwo(first) ? 1 : 0;
    const length = proof.length + offset;
    const at = (i: number): Uint8Array | undefined => (i < offset ? oldRoot : proof[i - offset]);
    // Step 3.
    let fn = first - 1;
    let sn = second - 1;
    // Step 4.
    while (fn % 2 === 1) {
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    // Step 5.
    const head = at(0);
    if (!isHash(head)) return false;
    let fr: Uint8Array = head;
    let sr: Uint8Array = head;
    // Step 6.
    for (let i = 1; i < length; i++) {
      const c = at(i);
      if (!isHash(c)) return false;
      // 6a: more elements than the trees have levels.
      if (sn === 0) return false;
      if (fn % 2 === 1 || fn === sn) {
        // 6b: c is a left sibling on the old tree's right edge; it feeds both roots.
        fr = hashChildren(c, fr);
        sr = hashChildren(c, sr);
        // 6b.iii
        if (fn % 2 === 0) {
          while (fn % 2 === 0 && fn !== 0) {
            fn /= 2;
            sn = Math.floor(sn / 2);
          }
        }
      } else {
        // 6b otherwise: c lies wholly after the old tree; it feeds only the new root.
        sr = hashChildren(sr, c);
      }
      // 6c.
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    // Step 7.
    return sn === 0 && equalHashes(fr, oldRoot) && equalHashes(sr, newRoot);
  } catch {
    // A throwing getter or proxy in the input is bad input too.
    return false;
  }
}
