import { EvidentError } from '../core/errors.ts';
import { collectSource, type RunResult } from './collect-source.ts';
import { type CollectorRegistry, resolveSources } from './resolve-sources.ts';
import { withWorkspace } from './with-workspace.ts';

export type { RunResult } from './collect-source.ts';

/**
 * `evident collect`: runs every source of the programme now (or the one named), one after another. A
 * failing source does not stop the others; each run is recorded, failures with their error.
 */
export function collectSources(
  dir: string,
  o: {
    source?: string;
    registry?: CollectorRegistry;
    env?: NodeJS.ProcessEnv;
    onStart?: (source: string) => void;
    log?: (source: string, message: string) => void;
  } = {},
): Promise<RunResult[]> {
  return withWorkspace(dir, async (ws) => {
    let sources = resolveSources(ws.programme, o.registry);
    if (o.source) {
      sources = sources.filter((s) => s.source.id === o.source);
      if (!sources.length)
        throw new EvidentError(
          'not_found',
          `no source "${o.source}" in evident.yaml (sources: ${ws.programme.sources.map((s) => s.id).join(', ') || 'none'})`,
        );
    }
    const results: RunResult[] = [];
    for (const s of sources) {
      o.onStart?.(s.source.id);
      results.push(
        await collectSource(ws, s, {
          ...(o.env ? { env: o.env } : {}),
          log: (m) => o.log?.(s.source.id, m),
        }),
      );
    }
    return results;
  });
}

/** `evident sources`: each source with its collector, schedule and last run. */
export function listSources(dir: string, registry?: CollectorRegistry) {
  return withWorkspace(dir, async (ws) => {
    const sources = resolveSources(ws.programme, registry);
    return Promise.all(
      sources.map(async ({ source }) => {
        const [last] = await ws.store.listRuns({ source: source.id, limit: 1 });
        return {
          id: source.id,
          collector: source.collector,
          schedule: source.schedule ?? null,
          timeout_seconds: source.timeout_seconds,
          last_run: last ?? null,
        };
      }),
    );
  });
}
