/**
 * The tests a control can name, each with the parameters it accepts. Each fixed control of the default
 * library has its own test; `document` checks that an evidence item of a named kind exists in each slot
 * (governance, policy and privacy controls); `policy-review` that policies were reviewed and approved.
 */
export const CONTROL_TEST_PARAMS = {
  'access-review': ['remediation_days', 'systems'],
  'vuln-scan': ['targets'],
  'vuln-remediation': ['severities', 'sla_days_critical', 'sla_days_high', 'sla_days_medium', 'sla_days_low'],
  pentest: ['require_independent'],
  'incident-response': ['postmortem_severities'],
  'uptime-monitoring': ['targets'],
  'ir-plan-test': [],
  'dr-test': [],
  'capacity-monitoring': [],
  'encryption-at-rest': ['algorithm'],
  'encryption-in-transit': ['min_version', 'require_version'],
  'access-control': ['systems', 'allow_shared', 'require_mfa'],
  'data-classification': [],
  'change-approval': ['require_ci'],
  'monitoring-alerts': ['min_rules'],
  'security-training': ['min_completion', 'new_joiner_days'],
  'vendor-risk': ['vendors'],
  offboarding: ['max_hours'],
  'policy-review': ['policies'],
  document: ['kind'],
} as const satisfies Record<string, readonly string[]>;

export type ControlTest = keyof typeof CONTROL_TEST_PARAMS;
export const CONTROL_TESTS = Object.keys(CONTROL_TEST_PARAMS) as [ControlTest, ...ControlTest[]];
