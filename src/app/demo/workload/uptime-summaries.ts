import { int } from './random-streams.ts';
import type { WorkloadContext } from './workload-context.ts';
import type { Envelope } from './workload-types.ts';

/** The customer-facing targets: the first three public endpoints, then services' own hosts. */
export const uptimeHosts = (ctx: WorkloadContext, endpoints: readonly string[]): string[] =>
  Array.from({ length: ctx.sizes.uptimeTargets }, (_, t) =>
    t < 3 ? (endpoints[t] as string) : `${ctx.services[t]}.${ctx.domain}`,
  );

/** Day `i`'s uptime summary of each target (one check a minute); ~8% of days have some failed checks. */
export function* uptimeSummaries(
  ctx: WorkloadContext,
  hosts: readonly string[],
  i: number,
): Generator<Envelope> {
  for (const [t, host] of hosts.entries()) {
    const failed = ctx.snapshots() < 0.92 ? 0 : 1 + int(ctx.snapshots, 12);
    yield {
      type: 'uptime_summary',
      source: 'monitor:checkly',
      subject: host,
      observed_at: ctx.cal.at(i, 23 * 3600 + 59 * 60 + t),
      data: {
        target: `https://${host}/healthz`,
        checks: 1440,
        failed_checks: failed,
        downtime_minutes: failed,
        alerting: true,
      },
    };
  }
}
