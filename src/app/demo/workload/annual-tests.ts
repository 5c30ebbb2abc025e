import { activeOn } from './staff.ts';
import type { WorkloadContext } from './workload-context.ts';

/** The year's penetration test, two incident-response exercises and a disaster-recovery test. */
export function scheduleAnnualTests(ctx: WorkloadContext): void {
  const { cal, on } = ctx;
  const { at } = cal;
  const pentestDay = cal.clamp(Math.round(cal.days * 0.39));
  on(pentestDay, () => ({
    type: 'pentest',
    source: 'docs:security',
    subject: 'annual-pentest',
    observed_at: at(pentestDay, 16 * 3600),
    data: {
      firm: 'Northwind Security Partners',
      independent: true,
      completed_at: at(pentestDay, 16 * 3600),
      findings: { critical: 0, high: 2, medium: 7, low: 11 },
      scope: 'Web application, public API and cloud perimeter',
    },
  }));
  for (const [n, fraction] of [0.21, 0.77].entries()) {
    const day = cal.clamp(Math.round(cal.days * fraction));
    on(day, () => ({
      type: 'ir_test',
      source: 'docs:security',
      subject: 'incident-response',
      observed_at: at(day, 15 * 3600),
      data: {
        kind: n ? 'live' : 'tabletop',
        performed_at: at(day, 15 * 3600),
        participants: ctx.staff
          .filter((p) => p.engineer && activeOn(p, day))
          .slice(0, 8)
          .map((p) => p.email),
        findings: n
          ? ['Status page update took 25 minutes']
          : ['Escalation contacts for the DPO were out of date'],
      },
    }));
  }
  const drDay = cal.clamp(Math.round(cal.days * 0.48));
  on(drDay, () => ({
    type: 'dr_test',
    source: 'docs:infrastructure',
    subject: 'region-failover',
    observed_at: at(drDay, 14 * 3600),
    data: {
      performed_at: at(drDay, 14 * 3600),
      rto_target_minutes: 240,
      rto_actual_minutes: 95,
      rpo_target_minutes: 15,
      rpo_actual_minutes: 5,
      success: true,
      scenario: 'Loss of the primary region; restore into the secondary from replicas and backups',
    },
  }));
}
