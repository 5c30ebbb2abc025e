import type { Bytes } from './bytes.ts';
import { nodeHash } from './merkle-hash.ts';
import { HASH_SIZE } from './sha256.ts';

export type InclusionInput = {
  /** leaf_index, zero-based. */
  index: number;
  /** tree_size of the tree head the proof is for. */
  size: number;
  leafHash: Uint8Array;
  /** inclusion_path, bottom-up (the leaf's sibling first). */
  proof: readonly Uint8Array[];
};

const isTreeSize = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/**
 * The root an audit path leads to, by the verifier of RFC 9162 §2.1.3.2 steps 1–5; the caller
 * compares it with the root it trusts. Undefined when the path cannot be a proof for (index, size):
 * the index outside the tree, a hash that is not 32 bytes, or a path too long (4a) or too short (5).
 */
export async function inclusionRoot(input: InclusionInput): Promise<Bytes | undefined> {
  const { index, size, leafHash, proof } = input;
  // Step 1.
  if (!isTreeSize(size) || !isTreeSize(index) || index >= size) return undefined;
  if (leafHash.length !== HASH_SIZE) return undefined;
  // Step 2.
  let fn = index;
  let sn = size - 1;
  // Step 3.
  let r: Bytes = Uint8Array.from(leafHash);
  // Step 4.
  for (const p of proof) {
    if (p.length !== HASH_SIZE) return undefined;
    // 4a: more elements than the tree has levels.
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      // 4b: p is the left sibling.
      r = await nodeHash(p, r);
      // 4b.ii: on the right edge, climb past the levels where this node has no sibling.
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn /= 2;
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      // 4b otherwise: p is the right sibling.
      r = await nodeHash(r, p);
    }
    // 4c.
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  // Step 5: every level consumed.
  return sn === 0 ? r : undefined;
}
