import type { CollectedItem } from '../kit/index.ts';
import { type ProbeResult, probeAll } from './client.ts';
import type { HttpConfig } from './config.ts';
import { mapProbes, probeUp } from './map.ts';

/** Waits `ms`, rejecting with the signal's reason if it is aborted first. */
const pause = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

/**
 * One collection window: `samples` rounds, each checking every target, started `interval` apart (a round
 * that overruns the interval is followed at once by the next, so there are always exactly `samples`).
 */
export async function probeWindow(
  config: HttpConfig,
  options: { now: () => Date; signal: AbortSignal },
): Promise<ProbeResult[]> {
  const probes: ProbeResult[] = [];
  const t0 = performance.now();
  for (let i = 0; i < config.samples; i++) {
    const wait = t0 + i * config.intervalMs - performance.now();
    if (wait > 0) await pause(wait, options.signal);
    probes.push(...(await probeAll(config.targets, { ...options, timeoutMs: config.timeoutMs })));
  }
  return probes;
}

export type UptimeMonitorOptions = {
  /** Receives the summaries of each finished UTC day (one per target), and the partial day on `stop()`. */
  onSummary(items: CollectedItem[]): void | Promise<void>;
  now?: () => Date;
  log?: (message: string) => void;
};

/**
 * The long-running form of the collector, for `evident run`: checks every target every `interval` on a
 * fixed grid (a round that overruns skips the slots it missed rather than bunching checks), keeps the
 * day's probes in memory, and hands over one `uptime_summary` per target when the first round of a new
 * UTC day completes. `stop()` hands over the unfinished day; since every summary covers only probes not
 * handed over before, summaries of one day add up to the day (as the engine totals them). If `onSummary`
 * throws, the probes are kept and handed over again after the next round.
 */
export class UptimeMonitor {
  readonly #config: HttpConfig;
  readonly #options: UptimeMonitorOptions;
  readonly #now: () => Date;
  readonly #stop = new AbortController();
  #held: ProbeResult[] = [];
  #up = new Map<string, boolean>();
  #loop: Promise<void> | undefined;

  constructor(config: HttpConfig, options: UptimeMonitorOptions) {
    this.#config = config;
    this.#options = options;
    this.#now = options.now ?? (() => new Date());
  }

  start(): void {
    if (this.#loop) throw new Error('UptimeMonitor already started');
    this.#loop = this.#run();
  }

  /** Stops probing (an in-flight round is abandoned, not counted), then hands over what is held. */
  async stop(): Promise<CollectedItem[]> {
    this.#stop.abort(new Error('monitor stopped'));
    await this.#loop;
    const items = mapProbes(this.#held, this.#config);
    if (items.length) await this.#options.onSummary(items);
    this.#held = [];
    return items;
  }

  async #run(): Promise<void> {
    const { intervalMs, targets, timeoutMs } = this.#config;
    const signal = this.#stop.signal;
    const t0 = performance.now();
    let slot = 0;
    while (!signal.aborted) {
      const wait = t0 + slot * intervalMs - performance.now();
      let round: ProbeResult[];
      try {
        if (wait > 0) await pause(wait, signal);
        round = await probeAll(targets, { now: this.#now, signal, timeoutMs });
      } catch (error) {
        if (signal.aborted) return;
        throw error;
      }
      this.#held.push(...round);
      this.#logChanges(round);
      const today = round.map((p) => p.started_at.slice(0, 10)).sort()[0]!;
      await this.#handOver((p) => p.started_at.slice(0, 10) < today);
      slot = Math.max(slot + 1, Math.ceil((performance.now() - t0) / intervalMs));
    }
  }

  async #handOver(closed: (p: ProbeResult) => boolean): Promise<void> {
    const due = this.#held.filter(closed);
    if (!due.length) return;
    try {
      await this.#options.onSummary(mapProbes(due, this.#config));
      this.#held = this.#held.filter((p) => !closed(p));
    } catch (error) {
      this.#options.log?.(`http monitor: handing over summaries failed, will retry: ${String(error)}`);
    }
  }

  #logChanges(round: readonly ProbeResult[]): void {
    for (const p of round) {
      const target = this.#config.targets.find((t) => t.target === p.target);
      const up = target ? probeUp(p, target.expect) : false;
      if (this.#up.get(p.target) !== up)
        this.#options.log?.(`http monitor: ${p.target} is ${up ? 'up' : `down (${p.error ?? p.status})`}`);
      this.#up.set(p.target, up);
    }
  }
}
