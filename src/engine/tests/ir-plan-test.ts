import { defineSlotTest } from '../define-slot-test.ts';
import { acceptOnly } from './accept-only.ts';

/**
 * `ir-plan-test` (annual slot): an `ir_test` (tabletop or live exercise) observed in the window. Any
 * exercise counts: participants and findings are not judged (its findings feeding the plan is the point).
 */
export const irPlanTest = acceptOnly(
  defineSlotTest({
    id: 'ir-plan-test',
    judge: (records) => ({ ok: true, evidence: records.slice(-1).map((r) => r.id) }),
  }),
  (record) => record.type === 'ir_test',
);
