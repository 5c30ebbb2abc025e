import type { ReportModel } from '../report-model.ts';
import type { Sheet } from './sheet.ts';

/** Every exception of every control, with the full ids of the evidence records behind it. */
export function exceptionsSheet(model: ReportModel): Sheet {
  return {
    name: 'Exceptions',
    columns: [
      { header: 'Control' },
      { header: 'Slot or item' },
      { header: 'Reason', kind: 'wrap' },
      { header: 'Evidence ids', kind: 'wrap' },
    ],
    rows: model.controls.flatMap((c) =>
      c.exceptions.map((e) => [c.id, e.slot, e.reason, e.evidence.join('\n')]),
    ),
  };
}
