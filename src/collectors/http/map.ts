import { EvidentError } from '../../core/errors.ts';
import type { CollectedItem } from '../kit/index.ts';
import type { ProbeResult } from './client.ts';
import { type HttpConfig, type HttpTarget, statusExpected } from './config.ts';

const MINUTES_PER_DAY = 1_440;

/** Whether a probe counts as up: a response arrived and its status is one the target expects. */
export const probeUp = (probe: ProbeResult, expect: HttpTarget['expect']): boolean =>
  probe.status !== null && statusExpected(expect, probe.status);

/**
 * Probes → one `uptime_summary` per target per UTC day they fall in (by start time). A summary covers
 * exactly the probes given, never more: each check stands for one `interval`, so downtime is estimated
 * as failed checks × interval (capped at a day). Its event time is the start of its last check. Summaries
 * of disjoint probe sets add up, which is how the engine totals a day; re-mapping the same probes gives
 * byte-identical records (the same ids), so re-ingesting them stores nothing new.
 */
export function mapProbes(
  probes: readonly ProbeResult[],
  config: Pick<HttpConfig, 'targets' | 'intervalMs'>,
): CollectedItem[] {
  const byTarget = new Map(config.targets.map((t) => [t.target, t]));
  const groups = new Map<string, { target: HttpTarget; probes: ProbeResult[] }>();
  for (const p of probes) {
    const target = byTarget.get(p.target);
    if (!target)
      throw new EvidentError('bad_input', `a probe of ${p.target}, which is not a configured target`);
    const key = JSON.stringify([p.target, p.started_at.slice(0, 10)]);
    const group = groups.get(key);
    if (group) group.probes.push(p);
    else groups.set(key, { target, probes: [p] });
  }
  return [...groups.keys()].sort().map((key) => {
    const { target, probes: unordered } = groups.get(key)!;
    const group = [...unordered].sort((a, b) =>
      a.started_at < b.started_at ? -1 : a.started_at > b.started_at ? 1 : 0,
    );
    const failed = group.filter((p) => !probeUp(p, target.expect)).length;
    return {
      draft: {
        type: 'uptime_summary',
        subject: target.target,
        observed_at: group.at(-1)!.started_at,
        data: {
          target: target.target,
          checks: group.length,
          failed_checks: failed,
          downtime_minutes: Math.min(MINUTES_PER_DAY, (failed * config.intervalMs) / 60_000),
          alerting: target.alerting,
        },
      },
      files: [
        {
          name: 'probes.json',
          bytes: new TextEncoder().encode(`${JSON.stringify(group, null, 1)}\n`),
          media_type: 'application/json',
        },
      ],
    };
  });
}
