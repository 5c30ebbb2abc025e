import { int } from './random-streams.ts';
import type { Person } from './staff.ts';
import type { WorkloadContext } from './workload-context.ts';

/**
 * Training: annual awareness (all but ~1.5%), joiners within three weeks, quarterly phishing refreshers,
 * secure coding for engineers, privacy for customer-facing staff.
 */
export function scheduleTraining(ctx: WorkloadContext): void {
  const { cal, plan } = ctx;
  const { days } = cal;
  const year = ctx.period.start.slice(0, 4);
  const training = (p: Person, day: number, course: string) =>
    ctx.on(day, () => ({
      type: 'training_record',
      source: 'lms:academy',
      subject: p.email,
      observed_at: cal.at(day, 8 * 3600 + int(plan, 10 * 3600)),
      data: { person: p.handle, course, completed_at: cal.at(day, 8 * 3600), email: p.email },
    }));
  for (const p of ctx.staff) {
    const from = Math.max(0, p.start);
    const to = Math.min(days - 1, p.end ?? days - 1);
    if (to < from) continue;
    const within = (lo: number, hi: number) =>
      Math.max(from, lo) + int(plan, Math.max(1, Math.min(to, hi) - Math.max(from, lo) + 1));
    if (p.index % 67 !== 66)
      training(
        p,
        p.start >= 0 ? Math.min(to, p.start + 2 + int(plan, 19)) : within(0, days - 20),
        `Security Awareness ${year}`,
      );
    for (let q = 0; q < 4; q++) {
      const lo = Math.floor((q * days) / 4);
      const hi = Math.floor(((q + 1) * days) / 4) - 1;
      if (hi >= from && lo <= to && plan() < 0.9) training(p, within(lo, hi), `Phishing Refresher Q${q + 1}`);
    }
    if (p.engineer) training(p, within(0, days - 1), 'Secure Coding');
    if (['Sales', 'Customer Success', 'Product'].includes(p.department) && plan() < 0.9)
      training(p, within(0, days - 1), 'Privacy and Data Protection');
  }
}
