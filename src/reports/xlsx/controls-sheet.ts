import type { ReportModel } from '../report-model.ts';
import type { Sheet } from './sheet.ts';
import { statusWords } from './status-words.ts';

/** The controls matrix: one row per control, mapped to its criteria and ISO 27001 Annex A controls. */
export function controlsSheet(model: ReportModel): Sheet {
  return {
    name: 'Controls matrix',
    columns: [
      { header: 'Control' },
      { header: 'Title', kind: 'wrap' },
      { header: 'Criteria' },
      { header: 'ISO 27001 refs' },
      { header: 'Frequency' },
      { header: 'Owner' },
      { header: 'Test' },
      { header: 'Parameters', kind: 'wrap' },
      { header: 'What was tested', kind: 'wrap' },
      { header: 'Expected' },
      { header: 'Met' },
      { header: 'Exceptions' },
      { header: 'Status' },
      { header: 'Result', kind: 'wrap' },
      { header: 'Management response', kind: 'wrap' },
      { header: 'Retroactive evidence' },
    ],
    rows: model.controls.map((c) => [
      c.id,
      c.title,
      c.criteria.join(', '),
      c.iso.join(', '),
      c.frequency,
      c.owner,
      c.test,
      Object.entries(c.params)
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join('; '),
      c.tested,
      c.expected,
      c.met,
      c.exceptions.length,
      statusWords(c.status),
      c.result,
      c.management_response,
      c.retroactive,
    ]),
  };
}
