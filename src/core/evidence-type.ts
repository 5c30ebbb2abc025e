/** The built-in evidence types of DESIGN.md §4 (their payload schemas live with the evidence module). */
export const EVIDENCE_TYPES = [
  'access_review',
  'vulnerability_scan',
  'pentest',
  'uptime_summary',
  'incident',
  'ir_test',
  'dr_test',
  'capacity_check',
  'storage_encryption',
  'tls_scan',
  'access_control',
  'data_inventory',
  'personnel',
  'training_record',
  'change',
  'offboarding',
  'vendor_assessment',
  'alert_rules',
  'policy_review',
  'document',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
