import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { defineEventTest } from '../define-event-test.ts';
import { boolParam } from '../params.ts';

/**
 * `change-approval` (event: changes merged in the period): approved by someone other than the author,
 * and CI passed (unless `require_ci: false`). Emergency changes follow the same rule; they are counted
 * in the details so the report can show them.
 */
export const changeApproval = defineEventTest({
  id: 'change-approval',
  judge(record, ctx) {
    const change = record.data as Payload<'change'>;
    const author = change.author.toLowerCase();
    const reasons: string[] = [];
    if (!change.approvers.some((a) => a.toLowerCase() !== author))
      reasons.push(change.approvers.length ? 'approved only by its author' : 'merged without approval');
    if (boolParam(ctx.params, 'require_ci', true) && !change.ci_passed) reasons.push('CI did not pass');
    return reasons.length ? `${change.id}: ${reasons.join('; ')}` : null;
  },
  details() {
    let changes = 0;
    let emergency = 0;
    return {
      add(r) {
        changes++;
        if ((r.data as Payload<'change'>).emergency) emergency++;
      },
      finish: () => ({ changes, emergency }),
    };
  },
});
