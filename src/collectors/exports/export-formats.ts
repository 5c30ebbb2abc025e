import type { ExportFormat } from './export-format.ts';
import { accessReviewFormat } from './formats/access-review.ts';
import { alertRulesFormat } from './formats/alert-rules.ts';
import { capacityCheckFormat } from './formats/capacity-check.ts';
import { dataInventoryFormat } from './formats/data-inventory.ts';
import { drTestFormat } from './formats/dr-test.ts';
import { incidentFormat } from './formats/incident.ts';
import { irTestFormat } from './formats/ir-test.ts';
import { offboardingFormat } from './formats/offboarding.ts';
import { pentestFormat } from './formats/pentest.ts';
import { personnelFormat } from './formats/personnel.ts';
import { storageEncryptionFormat } from './formats/storage-encryption.ts';
import { trainingRecordFormat } from './formats/training-record.ts';
import { vendorAssessmentFormat } from './formats/vendor-assessment.ts';

/** The evidence types an export can hold, each with its one documented column set (docs/formats/). */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  accessReviewFormat,
  trainingRecordFormat,
  personnelFormat,
  offboardingFormat,
  incidentFormat,
  pentestFormat,
  drTestFormat,
  irTestFormat,
  capacityCheckFormat,
  dataInventoryFormat,
  storageEncryptionFormat,
  vendorAssessmentFormat,
  alertRulesFormat,
];

export const EXPORT_SYNTAXES = ['csv', 'json'] as const;

/** Every accepted format name: `csv:access_review`, `json:access_review`, … */
export const EXPORT_FORMAT_NAMES: readonly string[] = EXPORT_SYNTAXES.flatMap((s) =>
  EXPORT_FORMATS.map((f) => `${s}:${f.type}`),
);
