import { Cron } from 'croner';
import { collectSource, type RunResult } from './collect-source.ts';
import { type CollectorRegistry, resolveSources } from './resolve-sources.ts';
import { openWorkspace } from './workspace.ts';

export type Scheduler = {
  /** Sources with a schedule, with the time each runs next. */
  scheduled: { source: string; schedule: string; next: string | null }[];
  stop(): Promise<void>;
};

/**
 * `evident run`: keeps collecting each source on its cron schedule (UTC) in this process. A source is
 * never run twice at once (a tick that comes while its previous run is still going is skipped and
 * logged), a run that hangs is stopped at the source's timeout and recorded as failed, and one
 * source's failure never stops the others. `stop` waits for runs in progress.
 */
export async function runSources(
  dir: string,
  o: {
    registry?: CollectorRegistry;
    env?: NodeJS.ProcessEnv;
    onRun?: (result: RunResult) => void;
    log?: (message: string) => void;
  } = {},
): Promise<Scheduler> {
  const ws = await openWorkspace(dir);
  const sources = resolveSources(ws.programme, o.registry).filter((s) => s.source.schedule);
  const running = new Map<string, Promise<void>>();
  const jobs = sources.map(
    (s) =>
      new Cron(s.source.schedule as string, { timezone: 'UTC' }, () => {
        if (running.has(s.source.id)) {
          o.log?.(`${s.source.id}: previous run still going, this tick skipped`);
          return;
        }
        const run = collectSource(ws, s, {
          ...(o.env ? { env: o.env } : {}),
          log: (m) => o.log?.(`${s.source.id}: ${m}`),
        })
          .then((r) => o.onRun?.(r))
          .catch((e) => o.log?.(`${s.source.id}: ${(e as Error).message}`))
          .finally(() => running.delete(s.source.id));
        running.set(s.source.id, run);
      }),
  );
  return {
    scheduled: sources.map((s, i) => ({
      source: s.source.id,
      schedule: s.source.schedule as string,
      next: jobs[i]?.nextRun()?.toISOString() ?? null,
    })),
    async stop() {
      for (const j of jobs) j.stop();
      await Promise.all(running.values());
      await ws.store.close();
    },
  };
}
