import { randomUUID } from 'node:crypto';
import type { CollectContext, CollectedItem } from '../collectors/kit/define-collector.ts';
import { redact } from '../collectors/kit/redact.ts';
import { EvidentError, formatProblem } from '../core/errors.ts';
import { ingest } from './ingest.ts';
import { ingestItemsOf } from './ingest-items-of.ts';
import { resolveSecret } from './resolve-secret.ts';
import type { ResolvedSource } from './resolve-sources.ts';
import type { Workspace } from './workspace.ts';

export type RunResult = {
  run: string;
  source: string;
  collector: string;
  status: 'ok' | 'error';
  started_at: string;
  finished_at: string;
  items: number;
  stored: number;
  duplicates: number;
  error?: string;
};

/**
 * Runs one source now: records the run, calls its collector with a timeout, validates every item,
 * stores them through the ledger in one transaction (nothing of a failed run is stored), and records
 * how it ended. Never throws for a failing source: the failure is the run's result. Secret values
 * resolved for the collector are redacted from the recorded error and from logs.
 */
export async function collectSource(
  ws: Workspace,
  resolved: ResolvedSource,
  options: {
    env?: NodeJS.ProcessEnv;
    log?: (message: string) => void;
    now?: () => Date;
    /** What the run stores, instead of calling the collector (a monitor's emitted items). */
    items?: CollectedItem[];
  } = {},
): Promise<RunResult> {
  const { source, collector, config } = resolved;
  const now = options.now ?? (() => new Date());
  const run = randomUUID();
  const startedAt = now().toISOString();
  await ws.store.startRun({
    id: run,
    source: source.id,
    collector: collector.id,
    started_at: startedAt,
    finished_at: null,
    status: 'running',
    items: 0,
    stored: 0,
    error: null,
  });
  const secrets: string[] = [];
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const ctx: CollectContext = {
    source: source.id,
    dir: ws.programme.dir,
    now,
    secret: (ref) => {
      const value = resolveSecret(ref, ws.programme.dir, options.env);
      secrets.push(value);
      return value;
    },
    signal: controller.signal,
    log: (message) => options.log?.(redact(message, secrets)),
  };
  let items = 0;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Error(`timed out after ${source.timeout_seconds} s`));
      }, source.timeout_seconds * 1000);
    });
    const collected = options.items ?? (await Promise.race([collector.collect(config, ctx), timeout]));
    items = collected.length;
    const result = await ingest(
      { store: ws.store, keyring: ws.keyring, signerKey: ws.signerKey, origin: ws.origin },
      ingestItemsOf(source.id, collected),
      { now, keepIds: false },
    );
    const end = {
      finished_at: now().toISOString(),
      status: 'ok' as const,
      items,
      stored: result.stored,
      error: null,
    };
    await ws.store.finishRun(run, end);
    const { error: _none, ...ok } = end;
    return {
      run,
      source: source.id,
      collector: collector.id,
      started_at: startedAt,
      ...ok,
      duplicates: result.duplicates,
    };
  } catch (e) {
    // One line for the run record: the message, and each problem of an EvidentError that has them.
    const problems =
      e instanceof EvidentError && e.problems.length ? `: ${e.problems.map(formatProblem).join('; ')}` : '';
    const message = redact(`${e instanceof Error ? e.message : String(e)}${problems}`, secrets);
    const end = {
      finished_at: now().toISOString(),
      status: 'error' as const,
      items,
      stored: 0,
      error: message,
    };
    await ws.store.finishRun(run, end);
    return { run, source: source.id, collector: collector.id, started_at: startedAt, ...end, duplicates: 0 };
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
