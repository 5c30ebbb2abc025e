import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type CheckedLeaves, checkLeaves, type LeafRow } from './check-leaves.ts';
import type { RangeSource, RangeTree, RangeTreeRequest } from './check-leaves-worker.ts';

/** A range checked by a worker: the seqs it found, in order, with their results (and its tree, if asked). */
export type CheckedRange = CheckedLeaves & { seqs: Float64Array; tree?: RangeTree };

/** Below this many records a page is checked on the calling thread: a worker costs more to start. */
export const WORKER_THRESHOLD = 20_000;

/**
 * The Node flags a worker gets: the process's profiling flags (`--cpu-prof…`, `--heap-prof…`) and no
 * other. Left to inherit them all, a worker would also run `--import tsx` (tests, benches), which starts
 * a loader thread in every worker and loads its modules through it: about three times the start-up of
 * tsx's CommonJS hooks, which the workers install themselves. V8 flags are refused in a worker's list.
 */
export function workerFlags(flags: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i] as string;
    if (!/^--(cpu|heap)-prof/.test(flag)) continue;
    kept.push(flag);
    // The flags that take a value may have it as the next argument.
    const next = flags[i + 1];
    if (/^--(cpu|heap)-prof-(dir|name|interval)$/.test(flag) && next !== undefined) {
      kept.push(next);
      i++;
    }
  }
  return kept;
}

/**
 * Checks pages of records on worker threads while the caller reads the next pages and folds the tree.
 * Each request goes to the worker with the fewest outstanding; results are awaited in the order the
 * requests were made. The workers load the TypeScript sources through tsx's CommonJS hooks (started in
 * the worker, no loader thread), whatever loaded the calling thread.
 */
export class LeafCheckPool {
  readonly #workers: Worker[];
  readonly #waiting = new Map<
    number,
    { resolve: (r: CheckedRange) => void; reject: (e: Error) => void; worker: number }
  >();
  /** Requests sent to each worker and not yet answered. */
  readonly #outstanding: number[];
  #failed: Error | undefined;
  #next = 0;

  private constructor(workers: Worker[]) {
    this.#workers = workers;
    this.#outstanding = workers.map(() => 0);
    for (const w of workers) {
      w.on('message', (m: CheckedRange & { batch: number; error?: string }) => {
        const waiting = this.#waiting.get(m.batch);
        this.#waiting.delete(m.batch);
        if (waiting) this.#outstanding[waiting.worker] = (this.#outstanding[waiting.worker] ?? 1) - 1;
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
    const script = fileURLToPath(new URL('./check-leaves-worker.ts', import.meta.url));
    const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(script)});`;
    const options = { eval: true, execArgv: workerFlags(process.execArgv) };
    return new LeafCheckPool(Array.from({ length: count }, () => new Worker(boot, options)));
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
    const outstanding = this.#outstanding;
    const index = outstanding.indexOf(Math.min(...outstanding));
    outstanding[index] = (outstanding[index] ?? 0) + 1;
    return new Promise((resolve, reject) => {
      this.#waiting.set(batch, { resolve, reject, worker: index });
      (this.#workers[index] as Worker).postMessage({ batch, ...message });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
