import { formatDate } from '../../core/dates.ts';
import { computeEvaluation, type DashboardEvaluation } from './compute-evaluation.ts';
import type { LiveWorkspace } from './live-workspace.ts';

/**
 * The dashboard's evaluation, made once per state: the ledger head (size and root), the programme files
 * and today's date (readiness looks at the year ending today). Every request compares the state; only a
 * change recomputes, one computation at a time, and requests that arrive meanwhile wait for it.
 */
export class EvaluationCache {
  #entry: DashboardEvaluation | undefined;
  #pending: { key: string; promise: Promise<DashboardEvaluation> } | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #evaluations = 0;

  constructor(
    private readonly live: LiveWorkspace,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** How many times the evaluation was computed (not served from the cache). */
  get evaluations(): number {
    return this.#evaluations;
  }

  async get(): Promise<DashboardEvaluation> {
    const { ws, stamp } = this.live.current();
    const ledger = await ws.store.head();
    const now = this.clock();
    const today = formatDate(now);
    const key = JSON.stringify([ledger.size, ledger.root, stamp, today]);
    if (this.#entry?.key === key) return this.#entry;
    if (this.#pending?.key === key) return this.#pending.promise;
    const promise = this.#queue.then(async () => {
      if (this.#entry?.key === key) return this.#entry;
      this.#evaluations++;
      const entry = await computeEvaluation(ws, { key, today, ledger, now: this.clock() });
      this.#entry = entry;
      return entry;
    });
    const pending = { key, promise };
    this.#pending = pending;
    this.#queue = promise.catch(() => undefined);
    try {
      return await promise;
    } finally {
      if (this.#pending === pending) this.#pending = undefined;
    }
  }

  /** Waits for a computation in progress, so the store can be closed under none. */
  async settle(): Promise<void> {
    await this.#queue;
  }
}
