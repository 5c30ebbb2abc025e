import type { ReportModel } from '../report-model.ts';
import { type Block, callout, heading, paragraph, table } from './block.ts';
import { longDate, periodWords } from './words.ts';

/** DC9: significant changes to the system and its controls during the period (Type II only). */
export function changesDisclosure(model: ReportModel): Block[] {
  const title = heading(2, 'DC9 — Significant changes during the period', 'dc9');
  if (model.type === 'I')
    return [
      heading(2, 'DC9 — Significant changes', 'dc9'),
      paragraph(
        `DC9 applies to descriptions of a period. This Type I description is as of ${periodWords(model)}, ` +
          'so it discloses no changes.',
      ),
    ];
  if (model.changes_source === 'none')
    return [
      title,
      paragraph(
        'The programme folder has no git history, so Evident could not draw the significant changes ' +
          `to the system and its controls during ${periodWords(model)} from it.`,
      ),
      callout('action', 'Significant changes during the period to be listed by management.'),
    ];
  if (!model.changes.length)
    return [
      title,
      paragraph(
        `The programme's git history records no significant changes to the system or its controls during ${periodWords(model)}.`,
      ),
    ];
  return [
    title,
    paragraph(`Significant changes during ${periodWords(model)}, from the programme's git history:`),
    table(
      ['Date', 'Change', 'Commit'],
      model.changes.map((c) => [longDate(c.date), c.summary, c.commit ?? '']),
    ),
  ];
}
