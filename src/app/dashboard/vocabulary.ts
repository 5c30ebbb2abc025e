import type { ControlStatus } from '../../engine/control-status.ts';
import type { UnitStatus } from '../../engine/control-test-run.ts';
import type { CriterionStatus } from '../../engine/evaluation.ts';
import type { Impact } from '../../engine/readiness/assess-readiness.ts';

export { CATEGORIES } from '../../core/category.ts';
export { EVIDENCE_TYPES } from '../../core/evidence-type.ts';
export { FREQUENCIES } from '../../core/frequency.ts';
/** The words of the domain that the HTTP API's schemas enumerate, from where they are defined. */
export { ACCESS_ROLES } from '../auth/access-token.ts';

export const CONTROL_STATUSES = [
  'effective',
  'exceptions',
  'not_effective',
  'no_evidence',
  'not_applicable',
] as const satisfies readonly ControlStatus[];
export const CRITERION_STATUSES = [
  'met',
  'at_risk',
  'no_controls',
] as const satisfies readonly CriterionStatus[];
export const UNIT_STATUSES = ['met', 'missing', 'failed'] as const satisfies readonly UnitStatus[];
export const IMPACTS = ['critical', 'high', 'medium', 'low'] as const satisfies readonly Impact[];
export { CONTROL_ID } from '../../core/control.ts';
export { CRITERION_ID } from '../../core/criterion.ts';
/** A source id in evident.yaml (src/programme/evident-yaml-schema.ts). */
export const SOURCE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The report formats the API offers; Markdown comes as a zip of report.md and its charts. */
export const REPORT_DOWNLOADS = ['html', 'pdf', 'xlsx', 'oscal', 'md'] as const;
export type ReportDownloadFormat = (typeof REPORT_DOWNLOADS)[number];
