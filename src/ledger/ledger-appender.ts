import { Frontier } from './merkle/frontier.ts';
import { hashLeaf, hashLeafText } from './merkle/hash.ts';
import { type HashSource, STORED_MIN_LEVEL, subtreeHashes } from './stored-tree.ts';

export type NodeRow = { level: number; idx: number; hash: string };

/**
 * Appends leaves to a stored tree: resumes from the right edge of the tree as stored, hashes each leaf,
 * and hands back the subtree hashes to store. O(log n) work and memory per leaf.
 */
export class LedgerAppender {
  private constructor(private readonly frontier: Frontier) {}

  static async resume(source: HashSource, size: number): Promise<LedgerAppender> {
    const refs = Frontier.subtreesFor(size);
    const known = await subtreeHashes(source, refs);
    const hashes = refs.map((r) => known.get(`${r.level}/${r.index}`) as Buffer);
    return new LedgerAppender(new Frontier(size, hashes));
  }

  get size(): number {
    return this.frontier.size;
  }

  /** Adds one leaf; returns its hash and the newly completed subtrees the store keeps. */
  append(leaf: string | Uint8Array): { leafHash: string; nodes: NodeRow[] } {
    const leafHash = typeof leaf === 'string' ? Buffer.from(hashLeafText(leaf), 'hex') : hashLeaf(leaf);
    const nodes: NodeRow[] = [];
    for (const n of this.frontier.append(leafHash)) {
      if (n.level >= STORED_MIN_LEVEL)
        nodes.push({ level: n.level, idx: n.index, hash: n.hash.toString('hex') });
    }
    return { leafHash: leafHash.toString('hex'), nodes };
  }

  root(): Buffer {
    return this.frontier.root();
  }
}
