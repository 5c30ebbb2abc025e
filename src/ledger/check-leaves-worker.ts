import { parentPort } from 'node:worker_threads';
import { checkLeaves, type LeafRow } from './check-leaves.ts';

/** Where a worker reads records itself: a module exporting `openPageReader(arg)`, given by the store. */
export type RangeSource = { module: string; arg: unknown };

type PageReader = { page(after: number, to: number, limit: number): LeafRow[]; close(): void };

const PAGE = 5000;
let reader: Promise<PageReader> | undefined;

/** Checks records with seq in [from, to), read from the store on this thread's own connection. */
async function checkRange(from: number, to: number, source: RangeSource) {
  reader ??= import(source.module).then((m: { openPageReader(arg: unknown): PageReader }) =>
    m.openPageReader(source.arg),
  );
  const pages = [];
  let count = 0;
  for (let after = from - 1; ; ) {
    const rows = (await reader).page(after, to, PAGE);
    if (!rows.length) break;
    const checked = checkLeaves(rows);
    pages.push({ seqs: rows.map((r) => r.seq), checked });
    count += rows.length;
    after = rows.at(-1)?.seq ?? after;
  }
  const seqs = new Float64Array(count);
  const hashes = new Uint8Array(count * 32);
  const problems = [];
  const artifacts = [];
  let at = 0;
  for (const p of pages) {
    seqs.set(p.seqs, at);
    hashes.set(p.checked.hashes, at * 32);
    problems.push(...p.checked.problems);
    artifacts.push(...p.checked.artifacts);
    at += p.seqs.length;
  }
  return { seqs, hashes, problems, artifacts };
}

/**
 * A verify worker: checks pages of records sent by the pool, or reads and checks a range of records
 * itself, and returns leaf hashes (transferred), problems and referenced artifacts.
 */
parentPort?.on(
  'message',
  async (m: {
    batch: number;
    rows?: LeafRow[];
    range?: { from: number; to: number; source: RangeSource };
  }) => {
    try {
      if (m.range) {
        const r = await checkRange(m.range.from, m.range.to, m.range.source);
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
