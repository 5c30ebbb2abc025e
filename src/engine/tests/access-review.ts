import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { daysBetween } from '../instant.ts';
import { numberParam } from '../params.ts';
import { defineSystemSlotTest } from './define-system-slot-test.ts';
import { nameList } from './name-list.ts';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/**
 * `access-review` (monthly): each month holds a completed `access_review` of every system (`systems`,
 * else every system reviewed anywhere in the run), and every revoke / modify decision of the review was
 * carried out (`remediated_at`) within `remediation_days` (default 14) of the review's `completed_at`.
 */
export const accessReview = defineSystemSlotTest({
  id: 'access-review',
  absent: 'not reviewed',
  systemOf: (record) => (record.data as Payload<'access_review'>).system,
  check(record, ctx) {
    const review = record.data as Payload<'access_review'>;
    const limit = numberParam(ctx.params, 'remediation_days', 14);
    const problems: string[] = [];
    for (const e of review.entries) {
      if (e.decision === 'keep') continue;
      const who = `${e.user} on ${review.system}: ${e.decision}`;
      if (!e.remediated_at) {
        problems.push(`${who} never remediated`);
        continue;
      }
      const taken = daysBetween(review.completed_at, e.remediated_at);
      if (taken > limit) {
        const after = Math.ceil(taken);
        problems.push(
          `${who} remediated ${days(after - limit)} late (${days(after)} after the review, limit ${limit})`,
        );
      }
    }
    return problems.length ? nameList(problems) : null;
  },
});
