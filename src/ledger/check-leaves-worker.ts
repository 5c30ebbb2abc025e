import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import type { EvidenceTuple, LeafText } from '../core/evidence/evidence-row.ts';
import {
  checkLeafText,
  checkLeafTuples,
  checkLeaves,
  type LeafProblem,
  type LeafRow,
  type LeafSink,
} from './check-leaves.ts';
import { SubtreeLevels } from './merkle/subtree-levels.ts';
import { nodeProblem } from './node-problem.ts';

/** Where a worker reads records itself: a module exporting `openPageReader(arg)`, given by the store. */
export type RangeSource = { module: string; arg: unknown };

/**
 * What the tree over one aligned range looks like, when its records are exactly the seqs [from,
 * from + count) and count ≤ 2^maxLevel: so the caller need not fold its leaves one by one.
 */
export type RangeTree = {
  /**
   * How many complete nodes of levels minLevel..maxLevel the worker compared with the stored ones;
   * what differed is among the range's problems.
   */
  compared: number;
  /** The frontier (largest subtree first) of the range at each requested size, and at its end. */
  frontiers: { size: number; hashes: Buffer[] }[];
};

/** What the caller asks of the tree of a range that starts at a multiple of 2^maxLevel. */
export type RangeTreeRequest = { minLevel: number; maxLevel: number; sizes: number[] };

/** What a worker reads through: see the SQLite store's page reader. */
type PageReader = {
  leafPage(after: number, to: number, limit: number): LeafText[];
  row(seq: number): EvidenceTuple | undefined;
  nodes(level: number, from: number, to: number): [idx: number, hash: string][];
};

/** Rows per read: small pages keep what is alive at each minor GC small (a third less GC than 5,000). */
const PAGE = 1000;
let reader: PageReader | undefined;

/**
 * The reader, opened on first use. The pool starts workers with tsx's CommonJS hooks (no loader thread
 * to start), so the store's module is required, not imported.
 */
function readerOf(source: RangeSource): PageReader {
  const load = createRequire(import.meta.url);
  reader ??= (
    load(fileURLToPath(source.module)) as { openPageReader(arg: unknown): PageReader }
  ).openPageReader(source.arg);
  return reader;
}

/**
 * The tree over the range, its complete nodes of levels minLevel..maxLevel compared here with the
 * stored ones (problems go to `problems`).
 */
function rangeTree(
  from: number,
  seqs: Float64Array,
  hashes: Uint8Array,
  ask: RangeTreeRequest,
  read: PageReader,
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

/** Checks records with seq in [from, to), read from the store on this thread's own connection. */
function checkRange(from: number, to: number, source: RangeSource, tree?: RangeTreeRequest) {
  const read = readerOf(source);
  // Sized for a whole range up front (the open-ended last range may hold more; it grows then).
  let seqs = new Float64Array(Math.min(to - from, 2 ** 15) || 1);
  const sink: LeafSink = { hashes: Buffer.alloc(seqs.length * 32), at: 0, problems: [], artifacts: [] };
  for (let after = from - 1; ; ) {
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

/**
 * A verify worker: checks pages of records sent by the pool, or reads and checks a range of records
 * itself (and, when asked, builds the tree over it and compares it with the stored nodes), and returns
 * leaf hashes (transferred), problems and referenced artifacts.
 */
parentPort?.on(
  'message',
  (m: {
    batch: number;
    rows?: LeafRow[];
    range?: { from: number; to: number; source: RangeSource; tree?: RangeTreeRequest };
  }) => {
    try {
      if (m.range) {
        const r = checkRange(m.range.from, m.range.to, m.range.source, m.range.tree);
        parentPort?.postMessage({ batch: m.batch, ...r }, [r.seqs.buffer, r.hashes.buffer as ArrayBuffer]);
      } else {
        const r = checkLeaves(m.rows ?? []);
        parentPort?.postMessage({ batch: m.batch, ...r }, [r.hashes.buffer as ArrayBuffer]);
      }
    } catch (e) {
      parentPort?.postMessage({ batch: m.batch, error: e instanceof Error ? e.message : String(e) });
    }
  },
);
