import { parentPort } from 'node:worker_threads';
import type { EvidenceTuple } from '../core/evidence/evidence-row.ts';
import { checkLeafTuples, checkLeaves, type LeafRow, type LeafSink } from './check-leaves.ts';
import { SubtreeLevels } from './merkle/subtree-levels.ts';

/** Where a worker reads records itself: a module exporting `openPageReader(arg)`, given by the store. */
export type RangeSource = { module: string; arg: unknown };

/**
 * What the tree over one aligned range looks like, when its records are exactly the seqs [from,
 * from + count) and count ≤ 2^maxLevel: so the caller need not fold its leaves one by one.
 */
export type RangeTree = {
  /** Every complete node of levels minLevel..maxLevel, with its index in the whole tree. */
  nodes: { level: number; idx: number; hash: string }[];
  /** The frontier (largest subtree first) of the range at each requested size, and at its end. */
  frontiers: { size: number; hashes: Buffer[] }[];
};

/** What the caller asks of the tree of a range that starts at a multiple of 2^maxLevel. */
export type RangeTreeRequest = { minLevel: number; maxLevel: number; sizes: number[] };

type PageReader = { page(after: number, to: number, limit: number): EvidenceTuple[]; close(): void };

/** Rows per read: small pages keep what is alive at each minor GC small (a third less GC than 5,000). */
const PAGE = 1000;
let reader: Promise<PageReader> | undefined;

function rangeTree(from: number, seqs: Float64Array, hashes: Uint8Array, ask: RangeTreeRequest) {
  const count = seqs.length;
  const contiguous = count === 0 || (seqs[0] === from && seqs[count - 1] === from + count - 1);
  if (!contiguous || count > 2 ** ask.maxLevel) return undefined;
  const levels = new SubtreeLevels(hashes, count);
  const nodes: RangeTree['nodes'] = [];
  for (let level = ask.minLevel; level <= Math.min(ask.maxLevel, levels.topLevel); level++) {
    const first = from / 2 ** level;
    for (let i = 0; i < levels.width(level); i++)
      nodes.push({ level, idx: first + i, hash: levels.node(level, i).toString('hex') });
  }
  const frontiers = [...ask.sizes.filter((s) => s > from && s < from + count), from + count].map((size) => ({
    size,
    hashes: levels.frontier(size - from),
  }));
  return { nodes, frontiers };
}

/** Checks records with seq in [from, to), read from the store on this thread's own connection. */
async function checkRange(from: number, to: number, source: RangeSource, tree?: RangeTreeRequest) {
  reader ??= import(source.module).then((m: { openPageReader(arg: unknown): PageReader }) =>
    m.openPageReader(source.arg),
  );
  // Sized for a whole range up front (the open-ended last range may hold more; it grows then).
  let seqs = new Float64Array(Math.min(to - from, 2 ** 15) || 1);
  const sink: LeafSink = { hashes: Buffer.alloc(seqs.length * 32), at: 0, problems: [], artifacts: [] };
  for (let after = from - 1; ; ) {
    const rows = (await reader).page(after, to, PAGE);
    if (!rows.length) break;
    if (sink.at + rows.length > seqs.length) {
      const grown = new Float64Array(2 * (sink.at + rows.length));
      grown.set(seqs);
      seqs = grown;
      const hashes = Buffer.alloc(grown.length * 32);
      sink.hashes.copy(hashes);
      sink.hashes = hashes;
    }
    for (let i = 0; i < rows.length; i++) seqs[sink.at + i] = (rows[i] as EvidenceTuple)[0];
    checkLeafTuples(rows, sink);
    after = (rows.at(-1) as EvidenceTuple)[0];
  }
  const count = sink.at;
  const { problems, artifacts } = sink;
  const hashes = new Uint8Array(sink.hashes.buffer, sink.hashes.byteOffset, count * 32);
  const aligned = tree ? rangeTree(from, seqs.subarray(0, count), hashes, tree) : undefined;
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
 * itself (and, when asked, builds the tree over it), and returns leaf hashes (transferred), problems
 * and referenced artifacts.
 */
parentPort?.on(
  'message',
  async (m: {
    batch: number;
    rows?: LeafRow[];
    range?: { from: number; to: number; source: RangeSource; tree?: RangeTreeRequest };
  }) => {
    try {
      if (m.range) {
        const r = await checkRange(m.range.from, m.range.to, m.range.source, m.range.tree);
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
