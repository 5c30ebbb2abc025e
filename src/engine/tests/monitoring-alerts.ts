import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { defineSlotTest, eachSubjectPasses } from '../define-slot-test.ts';
import { numberParam } from '../params.ts';
import { acceptOnly } from './accept-only.ts';
import { nameList } from './name-list.ts';

const problemOf = (record: EvidenceRecord, minRules: number): string | null => {
  const { rules } = record.data as Payload<'alert_rules'>;
  const problems: string[] = [];
  if (rules.length < minRules)
    problems.push(`${rules.length} rule${rules.length === 1 ? '' : 's'}, fewer than ${minRules}`);
  const disabled = rules.filter((r) => !r.enabled).map((r) => r.name);
  if (disabled.length) problems.push(`disabled: ${nameList(disabled)}`);
  return problems.length ? problems.join('; ') : null;
};

/**
 * `monitoring-alerts` (continuous: daily slots): each day an `alert_rules` snapshot with at least
 * `min_rules` rules (default 1), every one of them enabled. The reason names the disabled rules.
 */
export const monitoringAlerts = acceptOnly(
  defineSlotTest({
    id: 'monitoring-alerts',
    judge(records, _slot, ctx) {
      const minRules = numberParam(ctx.params, 'min_rules', 1);
      return eachSubjectPasses(records, (r) => problemOf(r, minRules));
    },
  }),
  (record) => record.type === 'alert_rules',
);
