import type { WorkloadContext } from './workload-context.ts';

/** Weekly capacity checks (Mondays 09:00) of a few resources of the first services. */
export function scheduleCapacityChecks(ctx: WorkloadContext): void {
  const { at } = ctx.cal;
  for (const monday of ctx.cal.mondays) {
    ctx.on(monday, () => ({
      type: 'capacity_check',
      source: 'grafana:capacity',
      subject: 'production',
      observed_at: at(monday, 9 * 3600),
      data: {
        performed_at: at(monday, 9 * 3600),
        resources: Array.from({ length: ctx.sizes.capacityResources }, (_, r) => {
          const threshold = [70, 75, 80, 85][r % 4] as number;
          return {
            name: `${ctx.services[r % ctx.sizes.services]}-${['cpu', 'memory', 'disk', 'connections'][r % 4]}`,
            utilization_pct: Math.round((20 + ctx.plan() * (threshold - 25)) * 10) / 10,
            threshold_pct: threshold,
            scaling_trigger: r % 4 === 2 ? 'alert at threshold, disk grown by runbook' : 'autoscaling policy',
          };
        }),
      },
    }));
  }
}
