/** Statuses of docs/engine.md. */
export type ControlStatus = 'effective' | 'exceptions' | 'not_effective' | 'no_evidence' | 'not_applicable';
export type CriterionStatus = 'met' | 'at_risk' | 'no_controls';
export type UnitStatus = 'met' | 'missing' | 'failed';
export type Role = 'admin' | 'viewer';
export type Frequency = 'continuous' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'annual' | 'event';

export const CONTROL_STATUSES: readonly ControlStatus[] = [
  'effective',
  'exceptions',
  'not_effective',
  'no_evidence',
  'not_applicable',
];
