import type { ReportModel } from '../report-model.ts';
import type { Sheet } from './sheet.ts';

/** Every slot or event item of every control's population, judged, so completeness can be checked. */
export function populationsSheet(model: ReportModel): Sheet {
  return {
    name: 'Populations',
    columns: [
      { header: 'Control' },
      { header: 'Slot or item' },
      { header: 'Start', kind: 'date' },
      { header: 'End', kind: 'date' },
      { header: 'Status' },
      { header: 'Reason', kind: 'wrap' },
      { header: 'Evidence ids', kind: 'wrap' },
    ],
    rows: model.controls.flatMap((c) =>
      c.population.map((u) => [c.id, u.label, u.start, u.end, u.status, u.reason, u.evidence.join('\n')]),
    ),
  };
}
