/**
 * The right edge of an append-only RFC 9162 tree: for a tree of n leaves, the hashes of the
 * complete aligned subtrees of n's binary decomposition, largest first. That is all the state an
 * appender needs; the root is their right fold (RFC 9162 §2.1.1, see foldSubtrees), and
 * appending a leaf merges equal-sized subtrees like a binary counter carries.
 */
import { HASH_SIZE, hashChildren, isHash } from './hash.ts';
import { foldSubtrees, isTreeSize, type Subtree, subtreesOf } from './ranges.ts';

/** A complete aligned subtree that an append finished, with its hash. */
export type CompletedSubtree = { level: number; index: number; hash: Buffer };

export class Frontier {
  #size: number;
  /** Subtree hashes of the decomposition of #size, largest (leftmost) first. */
  readonly #hashes: Buffer[];
  /** The root for the current size, kept until the next append. */
  #root: Buffer | undefined;

  /**
   * Rebuilds a frontier from stored state: `hashes` must be the hashes of exactly the subtrees
   * {@link Frontier.subtreesFor}(size) lists, in that order. The hashes are copied.
   */
  constructor(size = 0, hashes: readonly Uint8Array[] = []) {
    if (!isTreeSize(size))
      throw new RangeError(`a tree size must be a safe non-negative integer, got ${size}`);
    const expected = Frontier.subtreesFor(size).length;
    if (hashes.length !== expected) {
      throw new RangeError(
        `a tree of size ${size} has ${expected} frontier subtrees, got ${hashes.length} hashes`,
      );
    }
    this.#hashes = hashes.map((h) => {
      if (!isHash(h)) throw new TypeError(`a frontier hash must be ${HASH_SIZE} bytes`);
      return Buffer.from(h);
    });
    this.#size = size;
    this.#root = undefined;
  }

  /** The complete aligned subtrees, largest first, whose hashes rebuild a frontier of `size`. */
  static subtreesFor(size: number): Subtree[] {
    if (!isTreeSize(size))
      throw new RangeError(`a tree size must be a safe non-negative integer, got ${size}`);
    return subtreesOf({ start: 0, end: size });
  }

  /** Number of leaves appended so far. */
  get size(): number {
    return this.#size;
  }

  /**
   * Appends one leaf hash and returns every complete aligned subtree this append finished,
   * smallest first: the leaf itself at level 0, then each subtree it completes (those ending at
   * the new size), with hashes. O(log n) hashes at worst, one on average.
   */
  append(leafHash: Uint8Array): CompletedSubtree[] {
    if (!isHash(leafHash)) throw new TypeError(`a leaf hash must be ${HASH_SIZE} bytes`);
    if (this.#size >= Number.MAX_SAFE_INTEGER) throw new RangeError('the tree is full');
    // Copied: a caller reusing one buffer for successive leaf hashes must not change the tree.
    let hash: Buffer = Buffer.from(leafHash);
    let level = 0;
    // A subtree's index at its level is the old size shifted right by that level; while it is odd
    // the subtree is a right child whose left sibling is the frontier's last entry.
    let index = this.#size;
    const completed: CompletedSubtree[] = [{ level, index, hash }];
    while (index % 2 === 1) {
      hash = hashChildren(this.#hashes.pop()!, hash);
      level++;
      index = (index - 1) / 2;
      completed.push({ level, index, hash });
    }
    this.#hashes.push(hash);
    this.#size++;
    this.#root = undefined;
    return completed;
  }

  /** MTH of the current tree; MTH({}) when empty. Returns a copy. */
  root(): Buffer {
    this.#root ??= foldSubtrees(this.#hashes);
    return Buffer.from(this.#root);
  }

  /** Copies of the frontier hashes, in {@link Frontier.subtreesFor}(size) order. */
  hashes(): Buffer[] {
    return this.#hashes.map((h) => Buffer.from(h));
  }
}
