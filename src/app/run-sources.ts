import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Cron } from 'croner';
import { EvidentError } from '../core/errors.ts';
import { collectSource, type RunResult } from './collect-source.ts';
import { evidenceReportFrom } from './evidence-log-report.ts';
import { resolveSecret } from './resolve-secret.ts';
import { type CollectorRegistry, resolveSources } from './resolve-sources.ts';
import { openWorkspace } from './workspace.ts';

export type Scheduler = {
  /** Sources with a schedule, with the time each runs next. */
  scheduled: { source: string; schedule: string; next: string | null }[];
  /** Sources observed continuously (a collector with a monitor, and no schedule). */
  monitored: string[];
  /** The evidence report's schedule, when evident.yaml asks for one. */
  report?: { schedule: string; out: string; next: string | null };
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
  const resolved = resolveSources(ws.programme, o.registry);
  const sources = resolved.filter((s) => s.source.schedule);
  // A source without a schedule whose collector can observe continuously is monitored for as long as
  // this runs; each hand-over is stored as a run of the source.
  const monitors = resolved
    .filter((s) => !s.source.schedule && s.collector.monitor)
    .map((s) => {
      const log = (m: string) => o.log?.(`${s.source.id}: ${m}`);
      return (s.collector.monitor as NonNullable<typeof s.collector.monitor>)(s.config, {
        source: s.source.id,
        dir: ws.programme.dir,
        now: () => new Date(),
        secret: (ref) => resolveSecret(ref, ws.programme.dir, o.env),
        log,
        emit: async (items) => {
          const r = await collectSource(ws, s, { items, ...(o.env ? { env: o.env } : {}), log });
          o.onRun?.(r);
        },
      });
    });
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
  const report = ws.programme.evidence_report;
  if (report) {
    const out = resolve(ws.programme.dir, report.out);
    let writing = false;
    try {
      new Cron(report.schedule, { paused: true, timezone: 'UTC' }).stop();
    } catch (e) {
      await ws.store.close();
      throw new EvidentError(
        'bad_config',
        `evident.yaml evidence_report.schedule: "${report.schedule}" is not a cron expression (${(e as Error).message})`,
      );
    }
    jobs.push(
      new Cron(report.schedule, { timezone: 'UTC' }, async () => {
        if (writing) return;
        writing = true;
        try {
          writeFileSync(out, `${JSON.stringify(await evidenceReportFrom(ws.store), null, 2)}\n`);
          o.log?.(`evidence report written to ${out}`);
        } catch (e) {
          o.log?.(`evidence report: ${(e as Error).message}`);
        } finally {
          writing = false;
        }
      }),
    );
  }
  return {
    scheduled: sources.map((s, i) => ({
      source: s.source.id,
      schedule: s.source.schedule as string,
      next: jobs[i]?.nextRun()?.toISOString() ?? null,
    })),
    ...(report
      ? {
          report: {
            schedule: report.schedule,
            out: report.out,
            next: jobs.at(-1)?.nextRun()?.toISOString() ?? null,
          },
        }
      : {}),
    monitored: resolved.filter((s) => !s.source.schedule && s.collector.monitor).map((s) => s.source.id),
    async stop() {
      for (const j of jobs) j.stop();
      await Promise.all(monitors.map((m) => m.stop()));
      await Promise.all(running.values());
      await ws.store.close();
    },
  };
}
