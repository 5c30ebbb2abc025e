import type { ControlTest } from '../../core/control-test.ts';
import type { ControlTestDefinition } from '../control-test-run.ts';
import { capacityMonitoring } from './capacity-monitoring.ts';
import { changeApproval } from './change-approval.ts';
import { dataClassification } from './data-classification.ts';
import { document } from './document.ts';
import { drTest } from './dr-test.ts';
import { encryptionAtRest } from './encryption-at-rest.ts';
import { encryptionInTransit } from './encryption-in-transit.ts';
import { irPlanTest } from './ir-plan-test.ts';
import { monitoringAlerts } from './monitoring-alerts.ts';
import { offboarding } from './offboarding.ts';
import { policyReview } from './policy-review.ts';
import { uptimeMonitoring } from './uptime-monitoring.ts';
import { vulnScan } from './vuln-scan.ts';

/** Every control test, by the id controls name in `test:`. */
export const TESTS: Partial<Record<ControlTest, ControlTestDefinition>> = {
  'capacity-monitoring': capacityMonitoring,
  'change-approval': changeApproval,
  'data-classification': dataClassification,
  document,
  'dr-test': drTest,
  'encryption-at-rest': encryptionAtRest,
  'encryption-in-transit': encryptionInTransit,
  'ir-plan-test': irPlanTest,
  'monitoring-alerts': monitoringAlerts,
  offboarding,
  'policy-review': policyReview,
  'uptime-monitoring': uptimeMonitoring,
  'vuln-scan': vulnScan,
};

/** The definition of a test; throws for a test id with no implementation. */
export function testFor(id: ControlTest): ControlTestDefinition {
  const test = TESTS[id];
  if (!test) throw new Error(`control test "${id}" is not implemented`);
  return test;
}
