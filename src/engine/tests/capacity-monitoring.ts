import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { defineSlotTest, eachSubjectPasses } from '../define-slot-test.ts';
import { acceptOnly } from './accept-only.ts';
import { nameList } from './name-list.ts';

const problemOf = (record: EvidenceRecord): string | null => {
  const { resources } = record.data as Payload<'capacity_check'>;
  if (!resources.length) return 'no resources checked';
  const problems: string[] = [];
  for (const r of resources) {
    const over = r.utilization_pct > r.threshold_pct;
    const noTrigger = !r.scaling_trigger?.trim();
    if (!over && !noTrigger) continue;
    const what = [
      ...(over ? [`${r.utilization_pct}% used, above its ${r.threshold_pct}% threshold`] : []),
      ...(noTrigger ? ['no scaling trigger'] : []),
    ];
    problems.push(`${r.name}: ${what.join(', ')}`);
  }
  return problems.length ? nameList(problems, 5, '; ') : null;
};

/**
 * `capacity-monitoring` (weekly): a `capacity_check` observed in the week in which every resource has a
 * scaling trigger (not null, not blank) and none is above its threshold (`utilization_pct >
 * threshold_pct` fails; exactly on the threshold passes). A check listing no resources fails: it shows
 * nothing was checked.
 */
export const capacityMonitoring = acceptOnly(
  defineSlotTest({ id: 'capacity-monitoring', judge: (records) => eachSubjectPasses(records, problemOf) }),
  (record) => record.type === 'capacity_check',
);
