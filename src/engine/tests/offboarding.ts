import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { defineEventTest } from '../define-event-test.ts';
import { HOUR_MS, instantMs } from '../instant.ts';
import { numberParam } from '../params.ts';

/** Hours from termination to access removal (negative when removed ahead of the departure). */
const hoursToRemove = (o: Payload<'offboarding'>, removedAt: string): number =>
  (instantMs(removedAt) - instantMs(o.terminated_at)) / HOUR_MS;

const oneDecimal = (n: number) => Math.round(n * 10) / 10;
/** Rounded up, so a removal just past the limit never reads as on it (24.01 → 24.1). */
const oneDecimalUp = (n: number) => Math.ceil(n * 10 - 1e-9) / 10;

/**
 * `offboarding` (event: terminations observed in the period): the leaver's access was removed
 * (`access_removed_at` set) within `max_hours` (default 24) of `terminated_at`; exactly on the limit
 * passes, and removal ahead of the departure counts as in time. Reasons name the person:
 * `<person>: access removed after N hours (limit 24)` (N rounded up to one decimal) or `<person>: access never
 * removed`. Details: the mean hours to remove over the leavers whose access was removed (null if none).
 */
export const offboarding = defineEventTest({
  id: 'offboarding',
  judge(record, ctx) {
    const o = record.data as Payload<'offboarding'>;
    const limit = numberParam(ctx.params, 'max_hours', 24);
    if (!o.access_removed_at) return `${o.person}: access never removed`;
    const hours = hoursToRemove(o, o.access_removed_at);
    return hours > limit
      ? `${o.person}: access removed after ${oneDecimalUp(hours)} hours (limit ${limit})`
      : null;
  },
  details() {
    let leavers = 0;
    const hours: number[] = [];
    return {
      add(r) {
        leavers++;
        const o = r.data as Payload<'offboarding'>;
        if (o.access_removed_at) hours.push(hoursToRemove(o, o.access_removed_at));
      },
      finish: () => ({
        leavers,
        never_removed: leavers - hours.length,
        mean_hours_to_remove: hours.length
          ? oneDecimal(hours.reduce((a, b) => a + b, 0) / hours.length)
          : null,
      }),
    };
  },
});
