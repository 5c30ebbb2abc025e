import type { EvidenceType } from '../../../core/evidence-type.ts';
import { observedAt } from '../cells.ts';
import type { BuildContext, ColumnSpec, ExportFormat, ParsedRow } from '../export-format.ts';

/** The optional column every snapshot format reads its time from. */
export const AS_OF: ColumnSpec = {
  name: 'as_of',
  kind: 'instant',
  need: 'optional',
  doc: 'when the export was taken; every row that fills it must give the same time. Without it, the as-of time passed to the import is used',
};

/** One record of all rows; its event time is the `as_of` of the rows, else the as-of time given. */
export function snapshot(
  type: EvidenceType,
  subject: string,
  rows: readonly ParsedRow[],
  ctx: BuildContext,
  data: unknown,
): ReturnType<ExportFormat['build']> {
  const given = rows.filter((r) => r.has('as_of'));
  const first = given[0];
  for (const r of given) {
    if (first && r.text('as_of') !== first.text('as_of')) {
      ctx.fail(
        r.at,
        'as_of',
        `every row must give the same as_of; ${first.at} gives ${first.text('as_of')}, this row ${r.text('as_of')}`,
      );
    }
  }
  const time = first?.text('as_of') ?? ctx.asOf;
  if (!time) {
    ctx.fail(
      undefined,
      'as_of',
      'no row gives the time of the export and no as-of time was passed: add an as_of column or pass the time the export was taken',
    );
    return [];
  }
  return [{ type, subject: ctx.subject ?? subject, observed_at: observedAt(time), data }];
}
