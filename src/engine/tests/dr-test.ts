import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { anyRecordPasses, defineSlotTest } from '../define-slot-test.ts';
import { acceptOnly } from './accept-only.ts';

/** Why a DR test does not show recovery within objectives, with its figures, or null. */
const problemOf = (record: EvidenceRecord): string | null => {
  const t = record.data as Payload<'dr_test'>;
  const problems: string[] = [];
  if (!t.success) problems.push('recovery did not succeed');
  if (t.rto_actual_minutes > t.rto_target_minutes)
    problems.push(`RTO ${t.rto_actual_minutes} min over target ${t.rto_target_minutes} min`);
  if (t.rpo_actual_minutes > t.rpo_target_minutes)
    problems.push(`RPO ${t.rpo_actual_minutes} min over target ${t.rpo_target_minutes} min`);
  return problems.length ? problems.join('; ') : null;
};

/**
 * `dr-test` (annual slot): a `dr_test` observed in the window that succeeded with actual RTO ≤ its target
 * and actual RPO ≤ its target (equal to the target passes). If every test of the window fails, the reason
 * is the latest one's, with its figures.
 */
export const drTest = acceptOnly(
  defineSlotTest({ id: 'dr-test', judge: (records) => anyRecordPasses(records, problemOf) }),
  (record) => record.type === 'dr_test',
);
