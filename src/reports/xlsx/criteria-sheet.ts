import type { ReportModel } from '../report-model.ts';
import type { Sheet } from './sheet.ts';
import { statusWords } from './status-words.ts';

/** Every criterion in scope, its status and the tested controls mapped to it. */
export function criteriaSheet(model: ReportModel): Sheet {
  return {
    name: 'Criteria',
    columns: [
      { header: 'Criterion' },
      { header: 'Title', kind: 'wrap' },
      { header: 'Category' },
      { header: 'Status' },
      { header: 'Controls', kind: 'wrap' },
    ],
    rows: model.criteria.map((c) => [
      c.id,
      c.title,
      c.category,
      statusWords(c.status),
      c.controls.join(', '),
    ]),
  };
}
