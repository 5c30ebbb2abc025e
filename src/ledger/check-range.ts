import type { LeafText, RecordRangeReader } from '../core/evidence/evidence-row.ts';
import {
  type CheckedLeaves,
  checkLeafText,
  checkLeafTuples,
  type LeafProblem,
  type LeafSink,
} from './check-leaves.ts';
import { SubtreeLevels } from './merkle/subtree-levels.ts';
import { nodeProblem } from './node-problem.ts';

/** Where ranges are read from: a module exporting `openPageReader(arg)`, given by the store. */
export type RangeSource = { module: string; arg: unknown };

/**
 * What the tree over one aligned range looks like, when its records are exactly the seqs [from,
 * from + count) and count ≤ 2^maxLevel: so the caller need not fold its leaves one by one.
 */
export type RangeTree = {
  /**
   * How many complete nodes of levels minLevel..maxLevel were compared with the stored ones; what
   * differed is among the range's problems.
   */
  compared: number;
  /** The frontier (largest subtree first) of the range at each requested size, and at its end. */
  frontiers: { size: number; hashes: Buffer[] }[];
};

/** What the caller asks of the tree of a range that starts at a multiple of 2^maxLevel. */
export type RangeTreeRequest = { minLevel: number; maxLevel: number; sizes: number[] };

/** A checked range: the seqs found, in order, with their results (and its tree, if asked and whole). */
export type CheckedRange = CheckedLeaves & { seqs: Float64Array; tree?: RangeTree };

/** Rows per read: small pages keep what is alive at each minor GC small (a third less GC than 5,000). */
const PAGE = 1000;

/**
 * The tree over the range, its complete nodes of levels minLevel..maxLevel compared with the stored
 * ones (what differs goes to `problems`).
 */
function rangeTree(
  from: number,
  seqs: Float64Array,
  hashes: Uint8Array,
  ask: RangeTreeRequest,
  read: RecordRangeReader,
  problems: LeafProblem[],
): RangeTree | undefined {
  const count = seqs.length;
  const contiguous = count === 0 || (seqs[0] === from && seqs[count - 1] === from + count - 1);
  if (!contiguous || count > 2 ** ask.maxLevel) return undefined;
  const levels = new SubtreeLevels(hashes, count);
  let compared = 0;
  for (let level = ask.minLevel; level <= Math.min(ask.maxLevel, levels.topLevel); level++) {
    const first = from / 2 ** level;
    const width = levels.width(level);
    const stored = read.nodes(level, first, first + width);
    for (let i = 0, s = 0; i < width; i++) {
      const idx = first + i;
      while (s < stored.length && (stored[s] as [number, string])[0] < idx) s++;
      const row = stored[s];
      const problem = nodeProblem(level, idx, row?.[0] === idx ? row[1] : undefined, levels.hex(level, i));
      if (problem) problems.push(problem);
    }
    compared += width;
  }
  const frontiers = [...ask.sizes.filter((s) => s > from && s < from + count), from + count].map((size) => ({
    size,
    hashes: levels.frontier(size - from),
  }));
  return { compared, frontiers };
}

/**
 * Reads and checks the records with seq in [from, to) and, given `tree`, builds the tree over them when
 * they are exactly the seqs from `from` on. `pause`, when given, is awaited between pages (so a thread
 * with other work keeps answering).
 */
export async function checkRange(
  from: number,
  to: number,
  read: RecordRangeReader,
  tree?: RangeTreeRequest,
  pause?: () => Promise<void>,
): Promise<CheckedRange> {
  // Sized for a whole range up front (the open-ended last range may hold more; it grows then).
  let seqs = new Float64Array(Math.min(to - from, 2 ** 15) || 1);
  const sink: LeafSink = { hashes: Buffer.alloc(seqs.length * 32), at: 0, problems: [], artifacts: [] };
  for (let after = from - 1; ; ) {
    if (pause) await pause();
    const rows = read.leafPage(after, to, PAGE);
    if (!rows.length) break;
    if (sink.at + rows.length > seqs.length) {
      const grown = new Float64Array(2 * (sink.at + rows.length));
      grown.set(seqs);
      seqs = grown;
      const hashes = Buffer.alloc(grown.length * 32);
      sink.hashes.copy(hashes);
      sink.hashes = hashes;
    }
    for (const row of rows) {
      const seq = row[0];
      seqs[sink.at] = seq;
      if (checkLeafText(row, sink)) continue;
      // The leaf does not end as its columns say: the whole row, checked the long way, says why.
      // A row gone since its page was read counts as deleted: the caller finds the gap in the seqs.
      const whole = read.row(seq);
      if (whole) checkLeafTuples([whole], sink);
    }
    after = (rows.at(-1) as LeafText)[0];
  }
  const count = sink.at;
  const { problems, artifacts } = sink;
  const hashes = new Uint8Array(sink.hashes.buffer, sink.hashes.byteOffset, count * 32);
  const aligned = tree ? rangeTree(from, seqs.subarray(0, count), hashes, tree, read, problems) : undefined;
  return {
    seqs: seqs.slice(0, count),
    hashes: hashes.slice(),
    problems,
    artifacts,
    ...(aligned ? { tree: aligned } : {}),
  };
}
