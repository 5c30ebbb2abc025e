import { accessControl, accessReview, SYSTEMS } from './access-records.ts';
import { int } from './random-streams.ts';
import type { WorkloadContext } from './workload-context.ts';

/**
 * Monthly: access_control snapshots of each system (day 2), access reviews (day 8–22; one planted late)
 * and the personnel roster (month end).
 */
export function scheduleMonthly(ctx: WorkloadContext): void {
  const { cal, on } = ctx;
  const lateReviewMonth = Math.min(2, cal.firstOfMonths.length - 2);
  for (const [m, first] of cal.firstOfMonths.entries()) {
    for (const [s, system] of SYSTEMS.entries()) {
      on(first + 1, () => accessControl(ctx, system, first + 1, 6 * 3600 + s * 60));
      let reviewDay = first + 7 + int(ctx.plan, 15);
      if (m === lateReviewMonth && system === 'aws') {
        reviewDay = first + cal.monthLength(first) + 5;
        ctx.planted.push({
          control: 'access-review',
          expect: 'exception',
          match: cal.dateOf(first).slice(0, 7),
          what: `the ${cal.dateOf(first).slice(0, 7)} access review of aws completed late, on ${cal.dateOf(reviewDay)}`,
        });
      }
      on(reviewDay, () => accessReview(ctx, system, reviewDay));
    }
    const last = Math.min(cal.days - 1, first + cal.monthLength(first) - 1);
    on(last, () => ({
      type: 'personnel',
      source: 'hris:bamboohr',
      subject: 'all-staff',
      observed_at: cal.at(last, 23 * 3600),
      data: {
        people: ctx.staff
          .filter((p) => p.start <= last)
          .map((p) => ({
            person: p.handle,
            email: p.email,
            start_date: p.startDate,
            ...(p.end !== undefined && p.end <= last ? { end_date: p.endDate } : {}),
            department: p.department,
            title: p.title,
          })),
      },
    }));
  }
}
