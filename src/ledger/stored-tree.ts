import { consistencyRanges } from './merkle/consistency.ts';
import { inclusionRanges } from './merkle/inclusion.ts';
import { type Range, rangeHash, subtreesOf } from './merkle/ranges.ts';
import { rootOf } from './merkle/root.ts';

/**
 * Which subtree hashes the store keeps: complete aligned subtrees of level >= 4 (16 leaves and up).
 * Lower ones are recomputed from at most 8 leaf hashes, so the node table holds n/16 rows, not n.
 */
export const STORED_MIN_LEVEL = 4;

export type SubtreeRef = { level: number; index: number };

/** The stored hashes a ledger reads proofs from; the store implements it. */
export interface HashSource {
  nodes(
    refs: readonly { level: number; idx: number }[],
  ): Promise<{ level: number; idx: number; hash: string }[]>;
  leafHashes(from: number, to: number): Promise<string[]>;
}

const key = (level: number, index: number) => `${level}/${index}`;

/** Fetches the hashes of complete aligned subtrees, from the node table or recomputed from leaves. */
export async function subtreeHashes(
  source: HashSource,
  refs: readonly SubtreeRef[],
): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const stored = refs.filter((r) => r.level >= STORED_MIN_LEVEL);
  for (const row of await source.nodes(stored.map((r) => ({ level: r.level, idx: r.index })))) {
    out.set(key(row.level, row.idx), Buffer.from(row.hash, 'hex'));
  }
  // Low subtrees are recomputed from leaf hashes, fetched once per aligned block of 2^STORED_MIN_LEVEL
  // leaves: a proof's low siblings all lie in the block of its leaf, so that is one read, not four.
  const block = 2 ** STORED_MIN_LEVEL;
  const blocks = new Map<number, string[]>();
  for (const r of refs) {
    if (r.level >= STORED_MIN_LEVEL) {
      if (!out.has(key(r.level, r.index)))
        throw new Error(`tree node level ${r.level} #${r.index} is missing`);
      continue;
    }
    const width = 2 ** r.level;
    const from = r.index * width;
    const b = Math.floor(from / block);
    let leaves = blocks.get(b);
    if (!leaves) {
      leaves = await source.leafHashes(b * block, (b + 1) * block);
      blocks.set(b, leaves);
    }
    const hashes = leaves.slice(from - b * block, from - b * block + width);
    if (hashes.length !== width) throw new Error(`leaves ${from}..${from + width - 1} are missing`);
    out.set(key(r.level, r.index), rootOf(hashes.map((h) => Buffer.from(h, 'hex'))));
  }
  return out;
}

async function hashesOf(source: HashSource, ranges: Range[]): Promise<Buffer[]> {
  const refs = ranges.flatMap((r) => subtreesOf(r));
  const known = await subtreeHashes(source, refs);
  return ranges.map((r) =>
    rangeHash(r, (level, index) => {
      const h = known.get(key(level, index));
      if (!h) throw new Error(`subtree ${level}/${index} was not fetched`);
      return h;
    }),
  );
}

/** RFC 9162 §2.1.3.1 audit path for leaf `index` in the tree of `size` leaves. */
export const inclusionProof = (source: HashSource, index: number, size: number) =>
  hashesOf(source, inclusionRanges(index, size));

/** RFC 9162 §2.1.4.1 consistency proof between tree sizes `from` and `to`. */
export const consistencyProof = (source: HashSource, from: number, to: number) =>
  hashesOf(source, consistencyRanges(from, to));

/** The root of the tree of the first `size` leaves, from stored hashes. */
export async function rootAt(source: HashSource, size: number): Promise<Buffer> {
  const [root] = await hashesOf(source, [{ start: 0, end: size }]);
  return root ?? rootOf([]);
}
