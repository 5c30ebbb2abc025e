import type { ReportControl, ReportCriterion, ReportModel } from '../report-model.ts';
import { type Block, callout, heading, pageBreak, paragraph, table } from './block.ts';
import { controlExceptions } from './control-exceptions.ts';
import {
  anchor,
  CONTROL_STATUS_WORDS,
  CRITERION_STATUS_WORDS,
  FREQUENCY_WORDS,
  retroactiveWords,
  shortId,
  throughout,
} from './words.ts';

/**
 * Section 4: the charts, then each criterion in scope with its controls, what was tested, the sample and
 * the result, and every exception (AICPA guide: "no exceptions noted" or each deviation described).
 */
export function section4Tests(model: ReportModel): Block[] {
  const byId = new Map(model.controls.map((c) => [c.id, c]));
  const listed = new Map<string, string>();
  const out: Block[] = [
    pageBreak,
    heading(1, 'Section 4 — Trust services criteria, controls, tests of controls and results', 'section-4'),
    paragraph(
      model.type === 'II'
        ? 'For each criterion in scope: the controls that address it, the tests of their operating ' +
            `effectiveness ${throughout(model)}, the sample and the results.`
        : 'For each criterion in scope: the controls that address it and the tests of their design and ' +
            `implementation ${throughout(model)}, with the results.`,
    ),
    callout(
      'template',
      model.type === 'II'
        ? 'Evident tested every slot and event item of each control against the evidence in its ledger. ' +
            'The service auditor performs and describes its own tests; it may re-derive the samples below ' +
            'from their seeds and the frozen populations.'
        : 'Evident tested the latest evidence of each control at the date against the evidence in its ' +
            'ledger. The service auditor performs and describes its own tests.',
    ),
    ...(model.ledger
      ? [
          paragraph(
            `Evidence ids refer to records of the evidence ledger (${model.ledger.size} records, root ` +
              `${shortId(model.ledger.root)}); ids are shortened to their first twelve hex digits.`,
          ),
        ]
      : []),
    heading(2, 'Overview', 'section-4-overview'),
    { kind: 'chart', name: 'criteria-status', title: 'Control status per criterion' },
    ...(model.type === 'II'
      ? [
          {
            kind: 'chart',
            name: 'slot-heatmap',
            title: 'Slots and items met over the period, per control',
          } as const,
          paragraph(
            'Each row is a tested control and each column an ISO week (a month for periods over a year). ' +
              'Green: every slot or item in the column was met; light red: some were missing or failed; ' +
              'dark red: none was met; grey: nothing was expected of the control in that column.',
          ),
        ]
      : []),
  ];
  for (const criterion of model.criteria) out.push(...criterionBlocks(model, criterion, byId, listed));
  return out;
}

function criterionBlocks(
  model: ReportModel,
  criterion: ReportCriterion,
  byId: ReadonlyMap<string, ReportControl>,
  listed: Map<string, string>,
): Block[] {
  const controls = criterion.controls.flatMap((id) => byId.get(id) ?? []);
  const inapplicable = model.controls.filter(
    (c) => c.status === 'not_applicable' && c.criteria.includes(criterion.id),
  );
  const category = model.categories.find((c) => c.id === criterion.category)?.title ?? criterion.category;
  const out: Block[] = [
    heading(2, `${criterion.id} — ${criterion.title}`, anchor('criterion', criterion.id)),
    {
      kind: 'fields',
      items: [
        { label: 'Category', value: category },
        { label: 'Status', value: CRITERION_STATUS_WORDS[criterion.status] },
      ],
    },
  ];
  if (!controls.length) out.push(callout('warning', 'No control addresses this criterion (see DC8).'));
  else
    out.push(
      table(
        ['Control', 'Frequency', 'What was tested', 'Sample', 'Status', 'Result'],
        controls.map((c) => [
          `${c.id} — ${c.title}`,
          FREQUENCY_WORDS[c.frequency],
          c.tested,
          sampleWords(c),
          CONTROL_STATUS_WORDS[c.status],
          c.result,
        ]),
      ),
    );
  for (const c of inapplicable)
    out.push(
      paragraph(`Not applicable: ${c.id} — ${c.title}. Justification: ${c.justification ?? c.result}`),
    );
  for (const c of controls) {
    if (c.exceptions.length) {
      const first = listed.get(c.id);
      if (first) out.push(paragraph(`The exceptions of ${c.id} are listed under ${first} above.`));
      else {
        listed.set(c.id, criterion.id);
        out.push(...controlExceptions(c, anchor('exceptions', c.id)));
      }
    } else if (c.retroactive > 0 && !listed.has(c.id)) {
      listed.set(c.id, criterion.id);
      out.push(paragraph(retroactiveWords(c)));
    }
  }
  return out;
}

function sampleWords(c: ReportControl): string {
  const s = c.sample;
  if (!s) return '—';
  const size =
    s.method === 'all'
      ? `All ${s.population_size} of ${s.population_size}`
      : `${s.sample_size} of ${s.population_size}, stratified`;
  return s.seed ? `${size}; seed ${s.seed}` : size;
}
