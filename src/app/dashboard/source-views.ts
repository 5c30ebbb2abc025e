import { EvidentError } from '../../core/errors.ts';
import { collectSource, type RunResult } from '../collect-source.ts';
import { resolveSources } from '../resolve-sources.ts';
import type { Workspace } from '../workspace.ts';

/** Runs shown per source in the dashboard. */
const RUNS = 10;

/** `GET /api/sources`: each source of evident.yaml with its last runs, newest first. */
export function sourcesWithRuns(ws: Workspace) {
  return Promise.all(
    resolveSources(ws.programme).map(async ({ source }) => {
      const runs = await ws.store.listRuns({ source: source.id, limit: RUNS });
      return {
        id: source.id,
        collector: source.collector,
        schedule: source.schedule ?? null,
        timeout_seconds: source.timeout_seconds,
        last_run: runs[0] ?? null,
        runs,
      };
    }),
  );
}

/** `POST /api/sources/{id}/collect`: runs one source now, as `evident collect --source`. */
export function collectNow(ws: Workspace, id: string): Promise<RunResult> {
  const resolved = resolveSources(ws.programme).find((s) => s.source.id === id);
  if (!resolved) throw new EvidentError('not_found', `no source "${id}" in evident.yaml`);
  return collectSource(ws, resolved);
}
