import type { ControlTest } from '../../core/control-test.ts';
import type { ControlTestDefinition } from '../control-test-run.ts';
import { accessControl } from './access-control.ts';
import { accessReview } from './access-review.ts';
import { capacityMonitoring } from './capacity-monitoring.ts';
import { changeApproval } from './change-approval.ts';
import { dataClassification } from './data-classification.ts';
import { document } from './document.ts';
import { drTest } from './dr-test.ts';
import { encryptionAtRest } from './encryption-at-rest.ts';
import { encryptionInTransit } from './encryption-in-transit.ts';
import { incidentResponse } from './incident-response.ts';
import { irPlanTest } from './ir-plan-test.ts';
import { monitoringAlerts } from './monitoring-alerts.ts';
import { offboarding } from './offboarding.ts';
import { pentest } from './pentest.ts';
import { policyReview } from './policy-review.ts';
import { securityTraining } from './security-training.ts';
import { uptimeMonitoring } from './uptime-monitoring.ts';
import { vendorRisk } from './vendor-risk.ts';
import { vulnRemediation } from './vuln-remediation.ts';
import { vulnScan } from './vuln-scan.ts';

/** Every control test, by the id controls name in `test:`. */
export const TESTS: Record<ControlTest, ControlTestDefinition> = {
  'incident-response': incidentResponse,
  'vendor-risk': vendorRisk,
  'security-training': securityTraining,
  pentest,
  'vuln-remediation': vulnRemediation,
  'access-control': accessControl,
  'access-review': accessReview,
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

/** The definition of a test. */
export const testFor = (id: ControlTest): ControlTestDefinition => TESTS[id];
