import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RecordRangeReader } from '../core/evidence/evidence-row.ts';
import { type CheckedLeaves, checkLeaves, type LeafRow } from './check-leaves.ts';
import { type CheckedRange, checkRange, type RangeSource, type RangeTreeRequest } from './check-range.ts';

export type { CheckedRange } from './check-range.ts';

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

/** Between pages of a range checked on the calling thread: lets its event loop run (worker replies). */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks records on worker threads while the caller folds the tree. Pages the caller reads go to the
 * workers; ranges the workers read themselves go to the worker with the fewest outstanding, and, when
 * workers read, to the calling thread too: it checks ranges between its other work, so it does not sit
 * idle while a worker starts, and the pool needs one worker fewer. Results are awaited in the order the
 * requests were made. The workers load the TypeScript sources through tsx's CommonJS hooks (started in
 * the worker, no loader thread), whatever loaded the calling thread.
 */
export class LeafCheckPool {
  readonly #workers: Worker[];
  readonly #waiting = new Map<
    number,
    { resolve: (r: CheckedRange) => void; reject: (e: Error) => void; worker: number }
  >();
  /** Requests outstanding on each worker, and last on the calling thread when it takes ranges. */
  readonly #outstanding: number[];
  readonly #inline: boolean;
  /** The calling thread's ranges run one after another, each after the one before. */
  #inlineTail: Promise<unknown> = Promise.resolve();
  #inlineReader: Promise<RecordRangeReader> | undefined;
  #failed: Error | undefined;
  #next = 0;
  /** Set by {@link finish}: workers stop once they have answered all their requests. */
  #finished = false;
  readonly #stopped = new Map<number, Promise<number>>();

  private constructor(workers: Worker[], inline: boolean) {
    this.#workers = workers;
    this.#inline = inline;
    this.#outstanding = [...workers.map(() => 0), ...(inline ? [0] : [])];
    for (const w of workers) {
      w.on('message', (m: CheckedRange & { batch: number; error?: string }) => {
        const waiting = this.#waiting.get(m.batch);
        this.#waiting.delete(m.batch);
        if (waiting) this.#done(waiting.worker);
        if (waiting && this.#finished && this.#outstanding[waiting.worker] === 0) this.#stop(waiting.worker);
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
   * A pool of workers, or none when `records` is below `threshold`. When the workers read the records
   * themselves, the calling thread takes ranges too and the pool has one worker per other core (at
   * least one); else one worker per spare core, the calling thread reading the pages. At most four.
   */
  static start(records: number, threshold = WORKER_THRESHOLD, workersRead = false): LeafCheckPool {
    if (records < threshold || records === 0) return new LeafCheckPool([], false);
    const count = Math.max(1, Math.min(4, availableParallelism() - 1));
    const script = fileURLToPath(new URL('./check-leaves-worker.ts', import.meta.url));
    const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(script)});`;
    const options = { eval: true, execArgv: workerFlags(process.execArgv) };
    return new LeafCheckPool(
      Array.from({ length: count }, () => new Worker(boot, options)),
      workersRead,
    );
  }

  /** True when checks run on worker threads. */
  get parallel(): boolean {
    return this.#workers.length > 0;
  }

  /** Checks a page; resolves with its results. Pages resolve in any order; await them in order. */
  check(rows: LeafRow[]): Promise<CheckedLeaves> {
    if (!this.#workers.length) return Promise.resolve(checkLeaves(rows));
    return this.#send(this.#lane(false), { rows });
  }

  /**
   * Has a worker, or the calling thread, read and check the records with seq in [from, to) (needs
   * workers) and, given `tree`, build the tree over them when they are exactly the seqs from `from` on.
   */
  checkRange(from: number, to: number, source: RangeSource, tree?: RangeTreeRequest): Promise<CheckedRange> {
    const lane = this.#lane(this.#inline);
    if (lane < this.#workers.length)
      return this.#send(lane, { range: { from, to, source, ...(tree ? { tree } : {}) } });
    const result = this.#inlineTail.then(async () => {
      this.#inlineReader ??= import(source.module).then(
        (m: { openPageReader(arg: unknown): RecordRangeReader }) => m.openPageReader(source.arg),
      );
      return checkRange(from, to, await this.#inlineReader, tree, nextTurn);
    });
    this.#inlineTail = result.then(
      () => this.#done(lane),
      () => this.#done(lane),
    );
    return result;
  }

  /** The lane with the fewest outstanding requests (the calling thread's is last, if it may take one). */
  #lane(inline: boolean): number {
    const lanes = inline ? this.#outstanding : this.#outstanding.slice(0, this.#workers.length);
    const lane = lanes.indexOf(Math.min(...lanes));
    this.#outstanding[lane] = (this.#outstanding[lane] ?? 0) + 1;
    return lane;
  }

  #done(lane: number): void {
    this.#outstanding[lane] = (this.#outstanding[lane] ?? 1) - 1;
  }

  #send(worker: number, message: object): Promise<CheckedRange> {
    if (this.#failed) return Promise.reject(this.#failed);
    const batch = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(batch, { resolve, reject, worker });
      (this.#workers[worker] as Worker).postMessage({ batch, ...message });
    });
  }

  /**
   * No more requests will come: each worker stops as soon as it has answered all of its own, so its
   * teardown (about 0.1 s) overlaps the work still running elsewhere instead of following it.
   */
  finish(): void {
    this.#finished = true;
    this.#workers.forEach((_, i) => {
      if (this.#outstanding[i] === 0) this.#stop(i);
    });
  }

  #stop(worker: number): void {
    if (!this.#stopped.has(worker)) this.#stopped.set(worker, (this.#workers[worker] as Worker).terminate());
  }

  async close(): Promise<void> {
    await this.#inlineTail;
    (await this.#inlineReader)?.close();
    this.#workers.forEach((_, i) => {
      this.#stop(i);
    });
    await Promise.all(this.#stopped.values());
  }
}
