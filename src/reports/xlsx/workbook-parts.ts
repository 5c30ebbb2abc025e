import type { ReportModel } from '../report-model.ts';
import { controlsSheet } from './controls-sheet.ts';
import { criteriaSheet } from './criteria-sheet.ts';
import { exceptionsSheet } from './exceptions-sheet.ts';
import { packageParts } from './package-parts.ts';
import type { Part } from './part.ts';
import { populationsSheet } from './populations-sheet.ts';
import { samplesSheet } from './samples-sheet.ts';
import { summarySheet } from './summary-sheet.ts';

/**
 * The auditor workbook (`evident report --format xlsx`) as the parts of an Office Open XML
 * SpreadsheetML package (ECMA-376); the caller zips them, `[Content_Types].xml` first. Deterministic:
 * the only date it carries is the model's `generated_at`.
 */
export function workbookParts(model: ReportModel): Part[] {
  const period =
    model.type === 'II'
      ? `${model.period.start} to ${model.period.end}`
      : `as of ${model.as_of ?? model.period.end}`;
  return packageParts(
    [
      summarySheet(model),
      controlsSheet(model),
      exceptionsSheet(model),
      populationsSheet(model),
      samplesSheet(model),
      criteriaSheet(model),
    ],
    {
      title: `${model.organisation.name}: SOC 2 Type ${model.type} auditor workbook, ${period}`,
      created: model.generated_at,
    },
  );
}
