import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type CheckedLeaves, checkLeaves, type LeafRow } from './check-leaves.ts';
import type { RangeSource, RangeTree, RangeTreeRequest } from './check-leaves-worker.ts';

/** A range checked by a worker: the seqs it found, in order, with their results (and its tree, if asked). */
export type CheckedRange = CheckedLeaves & { seqs: Float64Array; tree?: RangeTree };

/** Below this many records a page is checked on the calling thread: a worker costs more to start. */
export const WORKER_THRESHOLD = 20_000;

/**
 * Checks pages of records on worker threads while the caller reads the next pages and folds the tree:
 * results come back in the order the pages were submitted. The workers load the TypeScript sources
 * through tsx, as the CLI does.
 */
export class LeafCheckPool {
  readonly #workers: Worker[];
  readonly #waiting = new Map<number, { resolve: (r: CheckedRange) => void; reject: (e: Error) => void }>();
  #failed: Error | undefined;
  #next = 0;

  private constructor(workers: Worker[]) {
    this.#workers = workers;
    for (const w of workers) {
      w.on('message', (m: CheckedRange & { batch: number; error?: string }) => {
        const waiting = this.#waiting.get(m.batch);
        this.#waiting.delete(m.batch);
        if (m.error !== undefined) waiting?.reject(new Error(`verify worker: ${m.error}`));
        else
          waiting?.resolve({
            seqs: m.seqs,
            hashes: new Uint8Array(m.hashes),
            problems: m.problems,
            artifacts: m.artifacts,
            ...(m.tree ? { tree: m.tree } : {}),
          });
      });
      w.on('error', (e) => {
        this.#failed = e;
        for (const waiting of this.#waiting.values()) waiting.reject(e);
        this.#waiting.clear();
      });
    }
  }

  /**
   * A pool of workers, or none when `records` is below `threshold`: one per core when the workers read
   * the records themselves (the calling thread then only folds the tree), else one per spare core.
   */
  static start(records: number, threshold = WORKER_THRESHOLD, workersRead = false): LeafCheckPool {
    if (records < threshold || records === 0) return new LeafCheckPool([]);
    const cores = availableParallelism();
    const count = Math.max(1, Math.min(4, workersRead ? cores : cores - 1));
    const script = new URL('./check-leaves-worker.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); });`;
    return new LeafCheckPool(Array.from({ length: count }, () => new Worker(boot, { eval: true })));
  }

  /** True when checks run on worker threads. */
  get parallel(): boolean {
    return this.#workers.length > 0;
  }

  /** Checks a page; resolves with its results. Pages resolve in any order; await them in order. */
  check(rows: LeafRow[]): Promise<CheckedLeaves> {
    if (!this.#workers.length) return Promise.resolve(checkLeaves(rows));
    return this.#send({ rows });
  }

  /**
   * Has a worker read and check the records with seq in [from, to) itself (needs workers) and, given
   * `tree`, build the tree over them when they are exactly the seqs from `from` on.
   */
  checkRange(from: number, to: number, source: RangeSource, tree?: RangeTreeRequest): Promise<CheckedRange> {
    return this.#send({ range: { from, to, source, ...(tree ? { tree } : {}) } });
  }

  #send(message: object): Promise<CheckedRange> {
    if (this.#failed) return Promise.reject(this.#failed);
    const batch = this.#next++;
    const worker = this.#workers[batch % this.#workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.#waiting.set(batch, { resolve, reject });
      worker.postMessage({ batch, ...message });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
