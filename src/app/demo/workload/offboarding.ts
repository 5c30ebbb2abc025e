import { systemsOf } from './access-records.ts';
import type { WorkloadContext } from './workload-context.ts';

const DAY_MS = 86_400_000;

/**
 * Offboarding of the period's leavers: access removed 1–20 hours after the end of the last day, except
 * for one leaver (planted) whose access stays 31 hours.
 */
export function scheduleOffboarding(ctx: WorkloadContext): void {
  const { cal } = ctx;
  const leavers = ctx.staff.filter((p) => p.end !== undefined);
  const slowLeaver = leavers[Math.floor(leavers.length / 2)];
  for (const p of leavers) {
    const end = p.end as number;
    const hours = p === slowLeaver ? 31 : 1 + ctx.plan() * 19;
    const terminated = cal.at(end, 17 * 3600);
    const removedMs = Date.parse(terminated) + hours * 3_600_000;
    const removedDay = Math.floor((removedMs - cal.startMs) / DAY_MS);
    const removedAt = new Date(removedMs).toISOString();
    if (p === slowLeaver)
      ctx.planted.push({
        control: 'offboarding',
        expect: 'exception',
        match: p.handle,
        what: `${p.handle}: access removed 31 hours after termination`,
      });
    ctx.on(removedDay, () => ({
      type: 'offboarding',
      source: 'hris:bamboohr',
      subject: p.email,
      observed_at: removedAt,
      data: {
        person: p.handle,
        terminated_at: terminated,
        access_removed_at: removedAt,
        systems: systemsOf(p),
      },
    }));
  }
}
