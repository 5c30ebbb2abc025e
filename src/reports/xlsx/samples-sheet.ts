import type { ReportModel } from '../report-model.ts';
import type { Sheet } from './sheet.ts';

/**
 * One row per selected sample item, with the seed, sizes and population hash an auditor needs to
 * re-derive the same selection (DESIGN.md §6).
 */
export function samplesSheet(model: ReportModel): Sheet {
  return {
    name: 'Samples',
    columns: [
      { header: 'Control' },
      { header: 'Seed' },
      { header: 'Method' },
      { header: 'Sample size' },
      { header: 'Population size' },
      { header: 'Population SHA-256' },
      { header: 'Selected item' },
      { header: 'Item start', kind: 'date' },
      { header: 'Item status' },
    ],
    rows: model.controls.flatMap((c) => {
      const s = c.sample;
      if (!s) return [];
      return s.items.map((u) => [
        c.id,
        s.seed,
        s.method,
        s.sample_size,
        s.population_size,
        s.population_sha256,
        u.label,
        u.start,
        u.status,
      ]);
    }),
  };
}
