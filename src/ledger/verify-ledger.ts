import { decryptBlob } from './blobs/blob-cipher.ts';
import type { CheckedLeaves, LeafRow } from './check-leaves.ts';
import type { RangeSource } from './check-range.ts';
import { parseCheckpoint } from './checkpoint/checkpoint.ts';
import { openNote } from './checkpoint/note.ts';
import { type CheckedRange, LeafCheckPool } from './leaf-check-pool.ts';
import { Frontier } from './merkle/frontier.ts';
import { foldSubtrees } from './merkle/ranges.ts';
import { nodeProblem } from './node-problem.ts';
import { STORED_MIN_LEVEL } from './stored-tree.ts';

type Row = LeafRow;

/** What verify reads: a subset of the Store, so the ledger needs no store import. */
export interface LedgerReader {
  head(): Promise<{ size: number; root: string }>;
  evidencePage(after: number, limit: number): Promise<Row[]>;
  nodeRange(level: number, from: number, to: number): Promise<{ level: number; idx: number; hash: string }[]>;
  maxNodeLevel(): Promise<number>;
  checkpoints(): Promise<{ seq: number; size: number; root: string; note: string }[]>;
  blobAddresses(after: string, limit: number): Promise<string[]>;
  getBlob(
    sha256: string,
  ): Promise<{ sha256: string; key_id: string; nonce: Buffer; ciphertext: Buffer; size: number } | undefined>;
  /** When given, verify reads the records in ranges through this module, on workers and on the calling thread (see the SQLite store). */
  parallelReader?(): RangeSource;
}

export type VerifyProblem = { item: string; problem: string };
export type VerifyReport = {
  ok: boolean;
  size: number;
  root: string;
  records: number;
  nodes: number;
  checkpoints: number;
  blobs: number;
  problems: VerifyProblem[];
};

const BATCH = 5000;
/** Pages being checked by workers while the next is read; bounds memory to a few pages. */
const IN_FLIGHT = 4;
/**
 * Records a worker reads and checks in one go when it reads them itself: an aligned subtree of 2^15
 * leaves, so the worker also computes the tree over them and this thread folds one hash per range.
 */
const RANGE_LEVEL = 15;
const MAX_PROBLEMS = 1000;

/**
 * Re-derives the whole ledger from the stored records and trusts nothing it did not recompute: every
 * leaf hash from the record bytes, every record's content id, the tree (against every stored node),
 * every checkpoint's signature and root at its size (so consecutive checkpoints are consistent), the
 * head, and every blob (decrypted and re-hashed). Problems name the item and what differs.
 */
export async function verifyLedger(
  reader: LedgerReader,
  options: {
    verifierKey: string;
    origin: string;
    keys: ReadonlyMap<string, Buffer>;
    onProgress?: (done: number) => void;
    /** Ledgers with at least this many records are checked on worker threads (default 20,000). */
    workerThreshold?: number;
    /** Workers that read the store take ranges of 2^rangeLevel records (default 15; tests use less). */
    rangeLevel?: number;
  },
): Promise<VerifyReport> {
  const problems: VerifyProblem[] = [];
  const say = (item: string, problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ item, problem });
  };
  const rangeLevel = options.rangeLevel ?? RANGE_LEVEL;
  if (!Number.isInteger(rangeLevel) || rangeLevel < 1 || rangeLevel > 30)
    throw new RangeError(`rangeLevel must be an integer in 1..30, got ${rangeLevel}`);
  // Workers start first (a few tenths of a second), while this thread checks the checkpoints.
  const size = (await reader.head()).size;
  const pool = LeafCheckPool.start(size, options.workerThreshold, reader.parallelReader !== undefined);
  const checkpoints = await reader.checkpoints().catch(async (e: unknown) => {
    await pool.close();
    throw e;
  });
  const bySize = new Map<number, typeof checkpoints>();
  let lastSize = -1;
  for (const cp of checkpoints) {
    const name = `checkpoint #${cp.seq} (size ${cp.size})`;
    let body: string;
    try {
      const note = openNote(cp.note, [options.verifierKey]);
      body = note.body;
      if (!note.signatures.some((s) => s.verified))
        say(name, 'signature does not verify with the ledger key');
    } catch (e) {
      say(name, `not a valid signed note: ${(e as Error).message}`);
      continue;
    }
    try {
      const parsed = parseCheckpoint(body);
      if (parsed.origin !== options.origin)
        say(name, `origin is "${parsed.origin}", expected "${options.origin}"`);
      if (parsed.size !== cp.size) say(name, `note says size ${parsed.size}, the row says ${cp.size}`);
      if (parsed.root.toString('hex') !== cp.root) say(name, 'note root differs from the row root');
    } catch (e) {
      say(name, `malformed checkpoint: ${(e as Error).message}`);
    }
    if (cp.size < lastSize)
      say(name, `size ${cp.size} is smaller than the previous checkpoint's ${lastSize}`);
    lastSize = Math.max(lastSize, cp.size);
    bySize.set(cp.size, [...(bySize.get(cp.size) ?? []), cp]);
  }

  const range = 2 ** rangeLevel;
  let frontier = new Frontier();
  const expectedNodes = new Map<number, { idx: number; hash: string }[]>();
  let nodesChecked = 0;
  const referenced = new Set<string>();

  const compareNodes = async (final: boolean) => {
    for (const [level, expected] of expectedNodes) {
      if (!expected.length || (!final && expected.length < 256)) continue;
      const from = expected[0]?.idx ?? 0;
      const to = (expected.at(-1)?.idx ?? 0) + 1;
      const stored = new Map((await reader.nodeRange(level, from, to)).map((n) => [n.idx, n.hash]));
      for (const e of expected) {
        const problem = nodeProblem(level, e.idx, stored.get(e.idx), e.hash);
        if (problem) say(problem.item, problem.problem);
      }
      nodesChecked += expected.length;
      expectedNodes.set(level, []);
    }
  };

  const checkRoot = (size: number, root?: Uint8Array) => {
    for (const cp of bySize.get(size) ?? []) {
      if (Buffer.from(root ?? frontier.root()).toString('hex') !== cp.root) {
        say(
          `checkpoint #${cp.seq} (size ${cp.size})`,
          'its root differs from the root recomputed from the records',
        );
      }
    }
  };

  checkRoot(0);
  let nextSeq = 0;
  const fold = async (seqs: ArrayLike<number>, result: Promise<CheckedLeaves>) => {
    const checked = await result;
    for (const p of checked.problems) say(p.item, p.problem);
    for (const a of checked.artifacts) referenced.add(a);
    for (let i = 0; i < seqs.length; i++) {
      const seq = seqs[i] as number;
      if (seq !== nextSeq) {
        const gap = seq - nextSeq === 1 ? `#${nextSeq}` : `#${nextSeq}..#${seq - 1}`;
        say(
          `record ${gap}`,
          seq > nextSeq ? 'missing (deleted?)' : `out of order: #${seq} follows #${nextSeq - 1}`,
        );
      }
      nextSeq = seq + 1;
      for (const n of frontier.append(checked.hashes.subarray(i * 32, i * 32 + 32))) {
        if (n.level < STORED_MIN_LEVEL) continue;
        const list = expectedNodes.get(n.level) ?? [];
        list.push({ idx: n.index, hash: n.hash.toString('hex') });
        expectedNodes.set(n.level, list);
      }
      checkRoot(frontier.size);
    }
    await compareNodes(false);
    options.onProgress?.(frontier.size);
  };
  const expect = (level: number, idx: number, hash: string) => {
    const list = expectedNodes.get(level) ?? [];
    list.push({ idx, hash });
    expectedNodes.set(level, list);
  };
  // While every range so far held exactly its seqs, the tree is the workers' range subtrees under a
  // frontier of range roots (`upper`, whose leaves are nodes of level rangeLevel); `tail` is the frontier of a last,
  // partial range. The first range that is not whole (records deleted, reordered or added beyond the
  // head) switches to folding the leaf hashes here one by one, from the state the ranges reached.
  let upper: Frontier | undefined;
  let tail: Uint8Array[] = [];
  const foldRange = async (checked: CheckedRange, last: boolean) => {
    const count = checked.seqs.length;
    const end = checked.tree?.frontiers.at(-1);
    if (upper && tail.length === 0 && checked.tree && end && (count === range || last)) {
      for (const p of checked.problems) say(p.item, p.problem);
      for (const a of checked.artifacts) referenced.add(a);
      const prefix = upper.hashes();
      for (const f of checked.tree.frontiers) checkRoot(f.size, foldSubtrees([...prefix, ...f.hashes]));
      nodesChecked += checked.tree.compared;
      nextSeq += count;
      if (count === range) {
        for (const n of upper.append(end.hashes[0] as Uint8Array))
          if (n.level > 0 && n.level + rangeLevel >= STORED_MIN_LEVEL)
            expect(n.level + rangeLevel, n.index, n.hash.toString('hex'));
      } else tail = end.hashes;
      await compareNodes(false);
      options.onProgress?.(nextSeq);
      return;
    }
    if (upper) {
      frontier = new Frontier(nextSeq, [...upper.hashes(), ...tail]);
      upper = undefined;
    }
    await fold(checked.seqs, Promise.resolve(checked));
  };
  // Records are checked (leaf hashes, content ids, columns) on worker threads while this thread folds
  // the tree in ledger order. Where the store lets them, the workers read the records themselves, a
  // range each, and this thread takes ranges too; otherwise this thread reads pages and hands them over.
  const source = pool.parallel ? reader.parallelReader?.() : undefined;
  try {
    const inFlight: {
      seqs: ArrayLike<number> | Promise<ArrayLike<number>>;
      result: Promise<CheckedLeaves>;
    }[] = [];
    const drain = async (keep: number) => {
      while (inFlight.length > keep) {
        const next = inFlight.shift() as (typeof inFlight)[number];
        await fold(await next.seqs, next.result);
      }
    };
    if (source) {
      upper = new Frontier();
      const ranges: { result: Promise<CheckedRange>; last: boolean }[] = [];
      const sizes = [...bySize.keys()];
      // The last range is open-ended, so records beyond the head are read (and reported) too.
      for (let from = 0; from <= size; from += range) {
        const last = from + range > size;
        const to = last ? Number.MAX_SAFE_INTEGER : from + range;
        const tree = {
          minLevel: STORED_MIN_LEVEL,
          maxLevel: rangeLevel,
          sizes: sizes.filter((s) => s > from && s <= from + range),
        };
        ranges.push({ result: pool.checkRange(from, to, source, tree), last });
        while (ranges.length > IN_FLIGHT) {
          const next = ranges.shift() as (typeof ranges)[number];
          await foldRange(await next.result, next.last);
        }
      }
      pool.finish();
      for (const next of ranges) await foldRange(await next.result, next.last);
    } else {
      for (let after = -1; ; ) {
        const rows = await reader.evidencePage(after, BATCH);
        if (!rows.length) break;
        after = rows.at(-1)?.seq ?? after;
        inFlight.push({ seqs: rows.map((r) => r.seq), result: pool.check(rows) });
        await drain(IN_FLIGHT);
      }
    }
    await drain(0);
  } finally {
    await pool.close();
  }
  if (upper) frontier = new Frontier(nextSeq, [...upper.hashes(), ...tail]);
  await compareNodes(true);

  // Stored nodes beyond what the records produce mean records were removed from the end.
  const maxLevel = await reader.maxNodeLevel();
  for (let level = STORED_MIN_LEVEL; level <= maxLevel; level++) {
    const expectedCount = Math.floor(frontier.size / 2 ** level);
    // 2^31 - 1: the largest index a PostgreSQL integer column holds.
    const extra = await reader.nodeRange(level, expectedCount, 2 ** 31 - 1);
    for (const n of extra)
      say(`tree node level ${level} #${n.idx}`, 'covers records that no longer exist (deleted?)');
  }
  for (const cp of checkpoints) {
    if (cp.size > frontier.size) {
      say(
        `checkpoint #${cp.seq} (size ${cp.size})`,
        `signed a ledger of ${cp.size} records; only ${frontier.size} exist (deleted?)`,
      );
    }
  }
  const root = frontier.root().toString('hex');
  const head = await reader.head();
  if (head.size !== frontier.size || head.root !== root) {
    say(
      'ledger head',
      `says size ${head.size} root ${head.root.slice(0, 12)}…; recomputed size ${frontier.size} root ${root.slice(0, 12)}…`,
    );
  }

  let blobs = 0;
  for (let after = ''; ; ) {
    const addresses = await reader.blobAddresses(after, 200);
    if (!addresses.length) break;
    for (const sha of addresses) {
      const blob = await reader.getBlob(sha);
      referenced.delete(sha);
      blobs++;
      if (!blob) continue;
      try {
        const plain = decryptBlob(blob, options.keys);
        if (plain.length !== blob.size)
          say(`blob ${sha.slice(0, 12)}`, `size is ${plain.length}, recorded ${blob.size}`);
      } catch (e) {
        say(`blob ${sha.slice(0, 12)}`, (e as Error).message);
      }
    }
    after = addresses.at(-1) ?? after;
  }
  for (const sha of referenced)
    say(`blob ${sha.slice(0, 12)}`, 'referenced by a record but not stored (deleted?)');

  return {
    ok: problems.length === 0,
    size: frontier.size,
    root,
    records: frontier.size,
    nodes: nodesChecked,
    checkpoints: checkpoints.length,
    blobs,
    problems,
  };
}
