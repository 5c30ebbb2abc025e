/**
 * RFC 9162 §2.1 Merkle trees for the evidence ledger: hashing, proofs as leaf ranges over stored
 * complete subtrees, their verification, and the append frontier.
 */
export {
  type ConsistencyCheck,
  consistencyProof,
  consistencyRanges,
  verifyConsistency,
} from './consistency.ts';
export { type CompletedSubtree, Frontier } from './frontier.ts';
export { EMPTY_ROOT, emptyRoot, HASH_SIZE, hashChildren, hashLeaf, isHash } from './hash.ts';
export { type InclusionCheck, inclusionProof, inclusionRanges, verifyInclusion } from './inclusion.ts';
export {
  foldSubtrees,
  isNodeRange,
  isPowerOfTwo,
  isTreeSize,
  largestPowerOfTwoBelow,
  type Range,
  rangeHash,
  type Subtree,
  type SubtreeReader,
  subtreeRange,
  subtreesOf,
} from './ranges.ts';
export { rootOf } from './root.ts';
