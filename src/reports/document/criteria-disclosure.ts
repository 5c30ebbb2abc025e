import type { ReportModel } from '../report-model.ts';
import { type Block, heading, paragraph, table } from './block.ts';
import { anchor, FREQUENCY_WORDS } from './words.ts';

/** DC5: the applicable criteria, by category, with the controls that address them. */
export function criteriaDisclosure(model: ReportModel): Block[] {
  const titles = new Map(model.controls.map((c) => [c.id, c.title]));
  const out: Block[] = [
    heading(2, 'DC5 — Applicable trust services criteria and related controls', 'dc5'),
    paragraph(
      'The criteria of each trust services category in scope, and the controls the organisation ' +
        'operates to meet them. Section 4 gives the tests of each control and their results.',
    ),
  ];
  for (const category of model.categories) {
    const criteria = model.criteria.filter((c) => c.category === category.id);
    out.push(heading(3, category.title, anchor('dc5', category.id)));
    out.push(
      criteria.length
        ? table(
            ['Criterion', 'Title', 'Related controls'],
            criteria.map((c) => [
              c.id,
              c.title,
              c.controls.length
                ? c.controls.map((id) => `${id} (${titles.get(id) ?? id})`).join('; ')
                : 'None (see DC8)',
            ]),
          )
        : paragraph('No criteria of this category are in the model.'),
    );
  }
  out.push(heading(3, 'Controls', 'dc5-controls'));
  out.push(
    table(
      ['Control', 'Description', 'Owner', 'Frequency', 'Criteria'],
      model.controls.map((c) => [
        `${c.id} — ${c.title}`,
        c.justification ? `${c.description} Not applicable: ${c.justification}` : c.description,
        c.owner,
        FREQUENCY_WORDS[c.frequency],
        c.criteria.join(', '),
      ]),
    ),
  );
  return out;
}
