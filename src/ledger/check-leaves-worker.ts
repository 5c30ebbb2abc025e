import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import type { RecordRangeReader } from '../core/evidence/evidence-row.ts';
import { checkLeaves, type LeafRow } from './check-leaves.ts';
import { checkRange, type RangeSource, type RangeTreeRequest } from './check-range.ts';

let reader: RecordRangeReader | undefined;

/**
 * The reader, opened on first use. The pool starts workers with tsx's CommonJS hooks (no loader thread
 * to start), so the store's module is required, not imported.
 */
function readerOf(source: RangeSource): RecordRangeReader {
  const load = createRequire(import.meta.url);
  reader ??= (
    load(fileURLToPath(source.module)) as { openPageReader(arg: unknown): RecordRangeReader }
  ).openPageReader(source.arg);
  return reader;
}

/**
 * A verify worker: checks pages of records sent by the pool, or reads and checks a range of records
 * itself (and, when asked, builds the tree over it and compares it with the stored nodes), and returns
 * leaf hashes (transferred), problems and referenced artifacts.
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
        const r = await checkRange(m.range.from, m.range.to, readerOf(m.range.source), m.range.tree);
        parentPort?.postMessage({ batch: m.batch, ...r }, [
          r.seqs.buffer as ArrayBuffer,
          r.hashes.buffer as ArrayBuffer,
        ]);
      } else {
        const r = checkLeaves(m.rows ?? []);
        parentPort?.postMessage({ batch: m.batch, ...r }, [r.hashes.buffer as ArrayBuffer]);
      }
    } catch (e) {
      parentPort?.postMessage({ batch: m.batch, error: e instanceof Error ? e.message : String(e) });
    }
  },
);
