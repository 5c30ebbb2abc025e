/**
 * The Merkle Tree Hash straight from its definition (RFC 9162 §2.1.1). It touches every leaf, so
 * the ledger itself uses stored subtrees (ranges.ts) and the frontier (frontier.ts); this is the
 * reference those are tested against, and is fine for verifying small trees outright.
 */
import { emptyRoot, HASH_SIZE, hashChildren, isHash } from './hash.ts';
import { largestPowerOfTwoBelow } from './ranges.ts';

/** MTH(D[n]) of the given leaf hashes; MTH({}) for none. */
export function rootOf(leafHashes: readonly Uint8Array[]): Buffer {
  for (const h of leafHashes) {
    if (!isHash(h)) throw new TypeError(`a leaf hash must be ${HASH_SIZE} bytes`);
  }
  if (leafHashes.length === 0) return emptyRoot();
  return Buffer.from(mth(leafHashes, 0, leafHashes.length));
}

/**
 * MTH(D[lo:hi]) for hi - lo >= 1: a one-leaf list hashes to its leaf hash, a longer one splits at
 * the largest power of two below its length. Recursion depth is log2(n), so no stack concerns.
 */
function mth(leafHashes: readonly Uint8Array[], lo: number, hi: number): Uint8Array {
  if (hi - lo === 1) return leafHashes[lo]!;
  const mid = lo + largestPowerOfTwoBelow(hi - lo);
  return hashChildren(mth(leafHashes, lo, mid), mth(leafHashes, mid, hi));
}
